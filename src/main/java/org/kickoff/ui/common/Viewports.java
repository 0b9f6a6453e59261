package org.kickoff.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;

/**
 * Scroll panes, and text areas (which scroll in one), without a bitmap cache of their viewport. JavaFX's
 * scroll pane skin caches its viewport ({@code setCache(true)} on its node with style class
 * {@code viewport}): every change inside is painted twice, into the cache and from it, and the cache's
 * image, as large as the viewport, comes from the effects' image pool and is never given back when the pane
 * goes away; the pool keeps it by a soft reference, so every page thrown away (another project, another
 * language) left its images on the heap until memory ran short: 2x the heap after 20 language switches
 * (packaging/bench/interactions.sh). The skin has no setting for it; the viewport is found by its style
 * class once the skin exists.
 */
public final class Viewports {

    private static final String VIEWPORT = "viewport";

    private Viewports() {
    }

    /** Turns off the viewport cache of the scroll pane or text area, now or once it has its skin. */
    public static void uncached(Control control) {
        control.skinProperty().subscribe(skin -> {
            for (Node child : control.getChildrenUnmodifiable()) {
                if (child.getStyleClass().contains(VIEWPORT)) {
                    child.setCache(false);
                } else if (child instanceof ScrollPane inner) {
                    // a text area's skin scrolls its text in a scroll pane of its own
                    uncached(inner);
                }
            }
        });
    }
}
