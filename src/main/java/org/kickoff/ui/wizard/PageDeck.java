package org.kickoff.ui.wizard;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The pages built so far, stacked: the one on show visible, the others hidden and taking no room. A page
 * stays in the scene while hidden, styled and laid out, so that showing it again is a matter of making it
 * visible: taking a page out of the scene and putting it back made JavaFX style all its nodes anew, which
 * was most of the time of going back to a page already seen (packaging/bench/interactions.sh).
 */
final class PageDeck extends StackPane {

    private Node shown;

    PageDeck() {
        setId("pages");
    }

    /** Shows {@code page}, adding it if it is not here yet, and hides the one shown so far. */
    void show(Node page) {
        if (page.getParent() != this) {
            hide(page);
            getChildren().add(page);
        }
        if (shown != null && shown != page) {
            hide(shown);
        }
        page.setVisible(true);
        page.setManaged(true);
        shown = page;
    }

    /** Keeps {@code page} here, hidden, sized as a shown page would be (so that it is laid out for showing). */
    void keepHidden(Node page) {
        if (page.getParent() != this) {
            hide(page);
            getChildren().add(page);
        }
        page.resize(getWidth(), getHeight());
    }

    private static void hide(Node page) {
        page.setVisible(false);
        page.setManaged(false);
    }

    /** The page on show, or {@code null}. */
    Node shown() {
        return shown;
    }

    /** Takes {@code page} out. */
    void remove(Node page) {
        getChildren().remove(page);
        if (page == shown) {
            shown = null;
        }
    }

    /** Takes every page out. */
    void clear() {
        getChildren().clear();
        shown = null;
    }
}
