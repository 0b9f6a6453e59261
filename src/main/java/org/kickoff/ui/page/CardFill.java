package org.kickoff.ui.page;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * When a topic page's cards are built. Three ways, chosen by the window:
 * <ul>
 * <li>{@link #completeNow()}: all at once, before the page is shown, so that its first frame shows it
 * complete (a page the user goes to);</li>
 * <li>{@link #fillInViewFirst()}: in the page's first pulse, after the layout, as many as fill the viewport
 * (styled and laid out in that same pulse, so that its frame shows them), then the rest in the following
 * pulses, a few milliseconds' worth each (the first page of a project: the start-up benchmark,
 * {@code packaging/bench/startup.sh}, measures its first frame);</li>
 * <li>{@link #buildFor(long)}: a few at a time while the page is hidden, so that it is ready when the user
 * comes (the window builds the pages next to the one on show while the user reads it).</li>
 * </ul>
 */
final class CardFill {

    /** Cards are built this far below the viewport's bottom before the first frame. */
    private static final double MARGIN = 48;
    /** Building time per pulse for the cards below the viewport: the pulse's styling and layout come on top. */
    private static final long REST_NANOS = 8_000_000;

    private final ScrollPane view;
    private final VBox column;
    private final Consumer<QuestionViewModel> addCard;
    private final Deque<QuestionViewModel> unbuilt;
    private final Runnable fillViewport = this::fillViewport;
    private final Runnable buildRest = this::buildRest;
    private boolean inViewFirst;
    private boolean filled;

    CardFill(ScrollPane view, VBox column, List<QuestionViewModel> questions, Consumer<QuestionViewModel> addCard) {
        this.view = view;
        this.column = column;
        this.addCard = addCard;
        this.unbuilt = new ArrayDeque<>(questions);
        view.sceneProperty().subscribe(this::sceneChanged);
    }

    /** Builds the cards in view in the page's first pulse and the rest in the pulses after it. */
    void fillInViewFirst() {
        inViewFirst = true;
        Scene scene = view.getScene();
        if (scene != null) {
            sceneChanged(null, scene);
        }
    }

    /** Whether the cards that fill the viewport are built (the rest may still be coming). */
    boolean isFilled() {
        return filled || unbuilt.isEmpty();
    }

    boolean isComplete() {
        return unbuilt.isEmpty();
    }

    /** Builds every card not built yet. */
    void completeNow() {
        while (!unbuilt.isEmpty()) {
            addCard.accept(unbuilt.removeFirst());
        }
    }

    /** Builds cards, at least one, until {@code nanos} have passed; returns whether the page is complete. */
    boolean buildFor(long nanos) {
        long end = System.nanoTime() + nanos;
        do {
            if (!unbuilt.isEmpty()) {
                addCard.accept(unbuilt.removeFirst());
            }
        } while (!unbuilt.isEmpty() && System.nanoTime() < end);
        return unbuilt.isEmpty();
    }

    private void sceneChanged(Scene old, Scene now) {
        if (old != null) {
            old.removePostLayoutPulseListener(fillViewport);
            old.removePreLayoutPulseListener(buildRest);
        }
        if (!inViewFirst || now == null || unbuilt.isEmpty()) {
            return;
        }
        if (filled) {
            now.addPreLayoutPulseListener(buildRest);
        } else {
            now.addPostLayoutPulseListener(fillViewport);
        }
        Platform.requestNextPulse();
    }

    /** After the pulse's layout: builds, styles and lays out the cards the viewport shows, in this pulse. */
    private void fillViewport() {
        Scene scene = view.getScene();
        if (scene == null || view.getHeight() <= 0) {
            // not laid out yet: the layout that gives it a height comes with a pulse of its own
            return;
        }
        double bottom = view.localToScene(view.getLayoutBounds()).getMaxY() + MARGIN;
        while (!unbuilt.isEmpty() && lastCardBottom() < bottom) {
            addCard.accept(unbuilt.removeFirst());
            column.applyCss();
            column.layout();
        }
        // the scroll pane sizes its content to the new cards before this frame is drawn
        view.layout();
        filled = true;
        scene.removePostLayoutPulseListener(fillViewport);
        if (!unbuilt.isEmpty()) {
            scene.addPreLayoutPulseListener(buildRest);
            Platform.requestNextPulse();
        }
    }

    /** Before a pulse's styling and layout: more cards below the viewport. */
    private void buildRest() {
        if (buildFor(REST_NANOS)) {
            view.getScene().removePreLayoutPulseListener(buildRest);
        } else {
            Platform.requestNextPulse();
        }
    }

    private double lastCardBottom() {
        // hidden follow-ups and notes take no place and keep a stale position
        for (int i = column.getChildren().size() - 1; i >= 0; i--) {
            Node child = column.getChildren().get(i);
            if (child.isManaged()) {
                return child.localToScene(child.getLayoutBounds()).getMaxY();
            }
        }
        return 0;
    }
}
