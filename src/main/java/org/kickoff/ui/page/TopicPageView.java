package org.kickoff.ui.page;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.common.Deferred;
import org.kickoff.ui.common.Viewports;

/**
 * A topic page: title, introduction, one card per question. Follow-ups appear and disappear as answers
 * change; a hidden follow-up that holds an answer shows a short note that the answer is kept. When the
 * cards are built is up to the window ({@link #completeNow()}, {@link #fillInViewFirst()},
 * {@link #buildCardsFor(long)}; see {@link CardFill}).
 */
public final class TopicPageView extends ScrollPane {

    /** Scrolling to a node leaves this much room around it. */
    private static final double MARGIN = 48;
    /** A card shows at least this much of itself to count as in view. */
    private static final double NEAR = 40;

    private final TopicPageViewModel vm;
    private final Messages messages;
    private final VBox page;
    private final CardFill fill;
    private final ReadOnlyObjectWrapper<String> followUpBelow = new ReadOnlyObjectWrapper<>(this, "followUpBelow");
    private javafx.util.Subscription focusSubscription = javafx.util.Subscription.EMPTY;

    public TopicPageView(TopicPageViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        getStyleClass().add(Css.PAGE_SCROLL);
        setId("page-" + vm.topic().id());
        setFitToWidth(true);
        Viewports.uncached(this);
        Label title = new Label(vm.title());
        title.getStyleClass().add(Css.PAGE_TITLE);
        title.setWrapText(true);
        Label intro = new Label(vm.intro());
        intro.getStyleClass().add(Css.PAGE_INTRO);
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        page = new VBox(title, intro);
        page.getStyleClass().add(Css.PAGE);
        fill = new CardFill(this, page, vm.questions(), this::addCard);
        StackPane centered = new StackPane(page);
        centered.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        setContent(centered);
        sceneProperty().subscribe(this::sceneChanged);
        // a follow-up scrolled into view needs no more pointing at
        vvalueProperty().subscribe(v -> {
            String id = followUpBelow.get();
            if (id != null && card(id).map(this::isInView).orElse(true)) {
                followUpBelow.set(null);
            }
        });
    }

    /**
     * A follow-up question that appeared below the visible part of the page (its id), or {@code null}: the
     * window shows a cue that leads to it.
     */
    public ReadOnlyObjectProperty<String> followUpBelowProperty() {
        return followUpBelow.getReadOnlyProperty();
    }

    /**
     * Whether the cards that fill the viewport are built (the rest may still be coming); from then on the
     * page looks complete.
     */
    public boolean isFilled() {
        return fill.isFilled();
    }

    /** Whether every card is built: the page is complete, nothing more arrives. */
    public boolean isComplete() {
        return fill.isComplete();
    }

    /** Builds the cards not built yet, so that the page's next frame shows it complete. */
    public void completeNow() {
        fill.completeNow();
    }

    /** Builds the cards in view in the page's first frame, the rest in the frames after it. */
    public void fillInViewFirst() {
        fill.fillInViewFirst();
    }

    /** Builds cards (at least one) for about {@code nanos}; returns whether the page is complete. */
    public boolean buildCardsFor(long nanos) {
        return fill.buildFor(nanos);
    }

    private void sceneChanged(Scene old, Scene now) {
        focusSubscription.unsubscribe();
        focusSubscription = javafx.util.Subscription.EMPTY;
        if (now != null) {
            // keyboard users tab through the page: what gets the focus comes into view
            focusSubscription = now.focusOwnerProperty().subscribe(this::focused);
        }
    }

    private void addCard(QuestionViewModel question) {
        QuestionCard card = new QuestionCard(question, messages);
        card.visibleProperty().bind(question.visibleProperty());
        card.managedProperty().bind(card.visibleProperty());
        question.visibleProperty().subscribe((was, now) -> {
            if (now && !was) {
                // marked at once, so that the frame that shows the card shows it marked
                card.flash();
                // after the layout that gives the new card its place
                Platform.runLater(() -> appeared(card, question.id()));
            }
        });
        Deferred hidden = new Deferred(question.hiddenWithAnswerProperty(), () -> {
            Label note = new Label(messages.get("question.hidden-kept", question.text()));
            note.setId(Css.nodeId(question.id()) + "-hidden");
            note.getStyleClass().add(Css.HIDDEN_NOTE);
            note.setWrapText(true);
            note.setMaxWidth(Double.MAX_VALUE);
            return note;
        });
        page.getChildren().addAll(card, hidden);
    }

    /**
     * A follow-up question just appeared: it is marked for a moment; near the bottom of the view the page
     * scrolls to show it, further down a cue points to it.
     */
    private void appeared(QuestionCard card, String questionId) {
        if (getScene() == null || !card.isVisible()) {
            return;
        }
        applyCss();
        layout();
        double[] view = viewRange();
        Bounds bounds = contentBounds(card);
        if (bounds.getMinY() + NEAR < view[1]) {
            return;
        }
        if (bounds.getMinY() - view[1] < getViewportBounds().getHeight() / 3) {
            ensureVisible(card);
        } else {
            followUpBelow.set(questionId);
        }
    }

    private void focused(Node owner) {
        if (owner != null && isInside(owner)) {
            ensureVisible(owner);
        }
    }

    private boolean isInside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == getContent()) {
                return true;
            }
        }
        return false;
    }

    /** The part of the content the viewport shows, as top and bottom in content coordinates. */
    private double[] viewRange() {
        double viewport = getViewportBounds().getHeight();
        double extra = Math.max(0, getContent().getBoundsInLocal().getHeight() - viewport);
        double top = getVvalue() * extra;
        return new double[] {top, top + viewport};
    }

    private Bounds contentBounds(Node node) {
        return getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
    }

    private boolean isInView(Node node) {
        double[] view = viewRange();
        Bounds bounds = contentBounds(node);
        return bounds.getMinY() >= view[0] && bounds.getMinY() + NEAR <= view[1];
    }

    /** Scrolls just enough to show the node (with a margin); a node taller than the view shows its top. */
    private void ensureVisible(Node node) {
        double viewport = getViewportBounds().getHeight();
        double extra = getContent().getBoundsInLocal().getHeight() - viewport;
        if (extra <= 0 || viewport <= 0) {
            return;
        }
        double[] view = viewRange();
        Bounds bounds = contentBounds(node);
        double top = view[0];
        if (bounds.getMaxY() + MARGIN > view[1]) {
            top = bounds.getMaxY() + MARGIN - viewport;
        }
        if (bounds.getMinY() - MARGIN < top) {
            top = bounds.getMinY() - MARGIN;
        }
        if (top != view[0]) {
            setVvalue(Math.max(0, Math.min(1, top / extra)));
        }
    }

    private java.util.Optional<Node> card(String questionId) {
        return java.util.Optional.ofNullable(getContent().lookup("#" + Css.nodeId(questionId)));
    }

    /** Shows the follow-up the cue points to. */
    public void revealFollowUp() {
        String id = followUpBelow.get();
        followUpBelow.set(null);
        if (id != null) {
            reveal(id);
        }
    }

    /** Scrolls the question's card into view and gives its answer's input (or its first control) the focus. */
    public void reveal(String questionId) {
        completeNow();
        // look in the content: the scroll pane's own children exist only once its skin does
        Node card = getContent().lookup("#" + Css.nodeId(questionId));
        if (card == null) {
            return;
        }
        applyCss();
        layout();
        Bounds bounds = getContent().sceneToLocal(card.localToScene(card.getBoundsInLocal()));
        double extra = getContent().getBoundsInLocal().getHeight() - getViewportBounds().getHeight();
        if (extra > 0) {
            setVvalue(Math.max(0, Math.min(1, (bounds.getMinY() - 16) / extra)));
        }
        // the answer's input first, so that typing answers at once; else the state buttons
        Node input = card.lookup("." + Css.ANSWER_INPUT);
        (input == null ? java.util.Optional.<Node>empty() : firstFocusable(input)).or(() -> firstFocusable(card))
                .ifPresent(Node::requestFocus);
    }

    private static java.util.Optional<Node> firstFocusable(Node node) {
        if (node instanceof javafx.scene.control.Control control && control.isFocusTraversable()
                && control.isVisible() && !control.isDisabled()) {
            return java.util.Optional.of(control);
        }
        if (node instanceof javafx.scene.Parent parent && node.isVisible()) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                java.util.Optional<Node> found = firstFocusable(child);
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
