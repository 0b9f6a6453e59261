package org.kickoff.ui.wizard;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Builds the topic pages around the one on show while the user reads it: hidden, a few milliseconds of
 * cards per frame, the next page first, then the previous one, then further out, so that going there finds
 * the page complete instead of building it then (a page of 15 cards took 140 ms to build, style and lay
 * out, a page of 50 over 400 ms; packaging/bench/interactions.sh). It waits while the user types, clicks
 * or scrolls, and keeps at most {@link #MAX_CARDS} cards built: the pages farthest from the one on show go
 * first, so that a questionnaire of thousands of questions does not hold them all: each built card follows
 * every edit, and every frame JavaFX walks all nodes in the window, hidden or not, to update their bounds
 * (at 2,000 questions, 300 cards kept made that walk nearly half of a keystroke's time).
 */
final class PagePrefetch {

    /**
     * Cards kept built, over all topic pages: all of the built-in questionnaire's (117), and for pages of 50
     * the one on show and its neighbours (300 made a keystroke at 2,000 questions 34-58 ms at the 95th
     * percentile, 150 makes it 29-37 ms; a page farther away shows its cards in view in 150 ms when it is
     * built anew).
     */
    static final int MAX_CARDS = 150;
    /** The user is reading when there has been no key, click or scroll for this long. */
    private static final Duration IDLE = Duration.millis(250);
    /** Card building per frame; the frame's styling and layout of the new cards come on top. */
    private static final long STEP_NANOS = 5_000_000;

    /** What the prefetch needs from the window: the pages, built on demand, and a way to let one go. */
    interface Pages {
        /** The page's node, built now if it is not yet. */
        Node node(Page page);

        /** Whether the page's node is built. */
        boolean isBuilt(Page page);

        /** Lets the page's node go (it is hidden): it is built anew if it is needed again. */
        void release(Page page);
    }

    private final PageDeck deck;
    private final Pages pages;
    private final Deque<Page.TopicPage> todo = new ArrayDeque<>();
    private final Runnable step = this::step;
    private final PauseTransition waiting = new PauseTransition(IDLE);
    /** The scene whose pulses build the pages while there is something to build, else {@code null}. */
    private Scene scene;
    private boolean listening;
    private long lastInput;

    PagePrefetch(PageDeck deck, Pages pages) {
        this.deck = deck;
        this.pages = pages;
        waiting.setOnFinished(e -> listen());
        // the window may show its first page before it is in a scene
        deck.sceneProperty().subscribe(now -> {
            if (!todo.isEmpty()) {
                unlisten();
                scene = now;
                listen();
            }
        });
    }

    /** A key, a click or a scroll: building waits until the user has been idle for a moment. */
    void inputSeen() {
        lastInput = System.nanoTime();
    }

    /**
     * The page at {@code current} of {@code all} is on show: builds the pages around it from now on, and lets
     * the farthest built ones go while more than {@link #MAX_CARDS} cards are built.
     */
    void around(List<Page> all, int current) {
        record Placed(Page.TopicPage page, int order) {
        }
        List<Placed> byDistance = new ArrayList<>();
        int cards = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) instanceof Page.TopicPage topic) {
                if (i == current) {
                    cards += size(topic);
                } else {
                    // the next page before the previous one at the same distance: users mostly go forward
                    byDistance.add(new Placed(topic, Math.abs(i - current) * 2 + (i < current ? 1 : 0)));
                }
            }
        }
        byDistance.sort(Comparator.comparingInt(Placed::order));
        todo.clear();
        for (Placed placed : byDistance) {
            Page.TopicPage page = placed.page();
            if (cards + size(page) > MAX_CARDS) {
                if (pages.isBuilt(page)) {
                    pages.release(page);
                }
                // nothing beyond this distance is kept either
                cards = MAX_CARDS + 1;
                continue;
            }
            cards += size(page);
            todo.add(page);
        }
        unlisten();
        waiting.stop();
        scene = todo.isEmpty() ? null : deck.getScene();
        listen();
    }

    /** Stops building (the window is thrown away, or another project is opened). */
    void stop() {
        todo.clear();
        waiting.stop();
        unlisten();
        scene = null;
    }

    private static int size(Page.TopicPage page) {
        return page.topic().questions().size();
    }

    private void listen() {
        if (scene != null && !listening) {
            scene.addPreLayoutPulseListener(step);
            listening = true;
            Platform.requestNextPulse();
        }
    }

    private void unlisten() {
        if (scene != null && listening) {
            scene.removePreLayoutPulseListener(step);
        }
        listening = false;
    }

    /** Before a pulse's styling and layout: a few more cards of the nearest page not complete yet. */
    private void step() {
        long quiet = System.nanoTime() - lastInput;
        long idle = (long) (IDLE.toMillis() * 1_000_000L);
        if (quiet < idle) {
            // no pulses while the user is busy: a timer looks again once it has been quiet for long enough
            unlisten();
            waiting.setDuration(Duration.millis((idle - quiet) / 1e6));
            waiting.playFromStart();
            return;
        }
        if (deck.shown() instanceof PageWithCue shown && !shown.page().isComplete()) {
            // the page on show comes first: it builds its own cards below the viewport (a project just opened)
            Platform.requestNextPulse();
            return;
        }
        while (!todo.isEmpty()) {
            Node node = pages.node(todo.peekFirst());
            if (!(node instanceof PageWithCue framed) || framed.page().isComplete()) {
                todo.removeFirst();
                continue;
            }
            if (deck.getWidth() <= 0) {
                // not laid out yet: nothing to size a hidden page by
                break;
            }
            deck.keepHidden(node);
            if (framed.page().buildCardsFor(STEP_NANOS)) {
                todo.removeFirst();
            }
            break;
        }
        if (todo.isEmpty()) {
            unlisten();
            scene = null;
        } else {
            Platform.requestNextPulse();
        }
    }
}
