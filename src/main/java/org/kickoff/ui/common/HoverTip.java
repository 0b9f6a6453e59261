package org.kickoff.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first comes over its control. A tooltip is a popup window with a scene of
 * its own; a page of question cards had dozens of them, and making them all was a fifth of the time to
 * build a card. Screen readers read a tooltip's text as the control's help; that help is set here at
 * once, so keyboard and screen-reader users hear it without ever hovering.
 */
public final class HoverTip {

    private HoverTip() {
    }

    /** Gives {@code control} a tooltip with {@code text} from the first time the pointer enters it. */
    public static void install(Control control, String text) {
        control.setAccessibleHelp(text);
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (control.getTooltip() == null) {
                control.setTooltip(new Tooltip(text));
            }
        });
    }
}
