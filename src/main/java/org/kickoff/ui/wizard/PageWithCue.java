package org.kickoff.ui.wizard;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.page.TopicPageView;

/**
 * A topic page with a cue floating at its bottom while a follow-up question that has just appeared is out
 * of view below; the cue takes the user there.
 */
final class PageWithCue extends StackPane {

    private final TopicPageView page;

    PageWithCue(TopicPageView page, Messages messages) {
        this.page = page;
        Button cue = new Button(messages.get("page.follow-up-below"));
        cue.setId("follow-up-cue");
        cue.getStyleClass().add(Css.FOLLOW_UP_CUE);
        cue.setFocusTraversable(false);
        cue.visibleProperty().bind(page.followUpBelowProperty().isNotNull());
        cue.managedProperty().bind(cue.visibleProperty());
        cue.setOnAction(e -> page.revealFollowUp());
        StackPane.setAlignment(cue, Pos.BOTTOM_CENTER);
        getChildren().addAll(page, cue);
    }

    TopicPageView page() {
        return page;
    }
}
