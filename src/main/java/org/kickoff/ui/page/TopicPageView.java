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

    /** Scrolls the question's card into view and gives its first control the focus. */
    public void reveal(String questionId) {
        // look in the content: the scroll pane's own children exist only once its skin does
        javafx.scene.Node card = getContent() == null ? null : getContent().lookup("#" + Css.nodeId(questionId));
        if (card == null) {
            return;
        }
        applyCss();
        layout();
        javafx.geometry.Bounds bounds = getContent().sceneToLocal(card.localToScene(card.getBoundsInLocal()));
        double extra = getContent().getBoundsInLocal().getHeight() - getViewportBounds().getHeight();
        if (extra > 0) {
            setVvalue(Math.max(0, Math.min(1, (bounds.getMinY() - 16) / extra)));
        }
        firstFocusable(card).ifPresent(javafx.scene.Node::requestFocus);
    }

    private static java.util.Optional<javafx.scene.Node> firstFocusable(javafx.scene.Node node) {
        if (node instanceof javafx.scene.control.Control control && control.isFocusTraversable()
                && control.isVisible() && !control.isDisabled()) {
            return java.util.Optional.of(control);
        }
        if (node instanceof javafx.scene.Parent parent && node.isVisible()) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                java.util.Optional<javafx.scene.Node> found = firstFocusable(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    public TopicPageViewModel viewModel() {
        return vm;
    }
}
