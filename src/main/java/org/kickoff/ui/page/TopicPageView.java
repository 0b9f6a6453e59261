package org.kickoff.ui.page;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;

/**
 * A topic page: title, introduction, one card per question. Follow-ups appear and disappear as answers
 * change; a hidden follow-up that holds an answer shows a short note that the answer is kept.
 */
public final class TopicPageView extends ScrollPane {

    private final TopicPageViewModel vm;

    public TopicPageView(TopicPageViewModel vm, Messages messages) {
        this.vm = vm;
        getStyleClass().add(Css.PAGE_SCROLL);
        setId("page-" + vm.topic().id());
        setFitToWidth(true);
        Label title = new Label(vm.title());
        title.getStyleClass().add(Css.PAGE_TITLE);
        title.setWrapText(true);
        Label intro = new Label(vm.intro());
        intro.getStyleClass().add(Css.PAGE_INTRO);
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        VBox page = new VBox(title, intro);
        page.getStyleClass().add(Css.PAGE);
        for (QuestionViewModel question : vm.questions()) {
            QuestionCard card = new QuestionCard(question, messages);
            card.visibleProperty().bind(question.visibleProperty());
            card.managedProperty().bind(card.visibleProperty());
            Label hidden = new Label(messages.get("question.hidden-kept", question.text()));
            hidden.setId(Css.nodeId(question.id()) + "-hidden");
            hidden.getStyleClass().add(Css.HIDDEN_NOTE);
            hidden.setWrapText(true);
            hidden.setMaxWidth(Double.MAX_VALUE);
            hidden.visibleProperty().bind(question.hiddenWithAnswerProperty());
            hidden.managedProperty().bind(hidden.visibleProperty());
            page.getChildren().addAll(card, hidden);
        }
        StackPane centered = new StackPane(page);
        centered.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        setContent(centered);
    }

    public TopicPageViewModel viewModel() {
        return vm;
    }
}
