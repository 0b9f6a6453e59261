package org.kickoff.ui.common;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.kickoff.i18n.Messages;

/**
 * The buttons of Kickoff's dialogs in the window's language: JavaFX's own ({@code ButtonType.CLOSE}, ...)
 * speak the language of the system, so a German window would say "Close".
 */
public final class Buttons {

    private Buttons() {
    }

    public static ButtonType close(Messages messages) {
        return new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType ok(Messages messages) {
        return new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }
}
