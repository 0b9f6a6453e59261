package org.kickoff.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first comes over its control. A tooltip is a popup window with a scene of
 * its own; a page of question cards had dozens of them, and making them all was a fifth of the time to
 * build a card. The accessible text, which screen readers use, is set on the control itself, not here.
 */
public final class HoverTip {

    private HoverTip() {
    }

    /** Gives {@code control} a tooltip with {@code text} from the first time the pointer enters it. */
    public static void install(Control control, String text) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (control.getTooltip() == null) {
                control.setTooltip(new Tooltip(text));
            }
        });
    }
}
