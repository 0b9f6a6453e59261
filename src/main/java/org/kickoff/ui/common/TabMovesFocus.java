package org.kickoff.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab and Shift+Tab move the focus out of a text area, as everywhere else in the window, instead of
 * typing a tab character (a keyboard user would be stuck, and the text change unnoticed); Ctrl+Tab types
 * one for whoever wants it.
 */
public final class TabMovesFocus {

    private TabMovesFocus() {
    }

    public static void install(TextArea area) {
        boolean[] forwarding = {false};
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (forwarding[0] || e.getCode() != KeyCode.TAB || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            e.consume();
            if (e.isControlDown()) {
                area.replaceSelection("\t");
                return;
            }
            // the text area's own traversal keys are Ctrl+Tab and Ctrl+Shift+Tab: hand it those
            forwarding[0] = true;
            try {
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, e.getCharacter(), e.getText(), KeyCode.TAB,
                        e.isShiftDown(), true, false, false));
            } finally {
                forwarding[0] = false;
            }
        });
    }
}
