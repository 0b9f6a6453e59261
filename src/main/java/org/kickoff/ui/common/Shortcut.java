package org.kickoff.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.kickoff.i18n.Messages;

/**
 * A keyboard shortcut that a menu shows in the window's language ("Strg+Umschalt+S" in German): JavaFX's
 * own combinations always say "Ctrl+Shift+S". It matches keys exactly as the combination it wraps.
 */
public final class Shortcut extends KeyCombination {

    private final KeyCombination keys;
    private final Messages messages;

    private Shortcut(KeyCombination keys, Messages messages) {
        super(keys.getShift(), keys.getControl(), keys.getAlt(), keys.getMeta(), keys.getShortcut());
        this.keys = keys;
        this.messages = messages;
    }

    /** A shortcut from JavaFX's notation ({@code "Shortcut+Shift+Z"}). */
    public static Shortcut of(String spec, Messages messages) {
        return new Shortcut(KeyCombination.keyCombination(spec), messages);
    }

    @Override
    public boolean match(KeyEvent event) {
        return keys.match(event);
    }

    /** As the wrapped keys: the scene keeps accelerators in a map, and KeyCombination compares modifiers only. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Shortcut shortcut && keys.equals(shortcut.keys);
    }

    @Override
    public int hashCode() {
        return keys.hashCode();
    }

    @Override
    public String getDisplayText() {
        List<String> parts = new ArrayList<>();
        boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac");
        if (keys.getControl() == ModifierValue.DOWN || keys.getShortcut() == ModifierValue.DOWN && !mac) {
            parts.add(messages.get("key.ctrl"));
        }
        if (keys.getMeta() == ModifierValue.DOWN || keys.getShortcut() == ModifierValue.DOWN && mac) {
            parts.add(messages.get("key.meta"));
        }
        if (keys.getAlt() == ModifierValue.DOWN) {
            parts.add(messages.get("key.alt"));
        }
        if (keys.getShift() == ModifierValue.DOWN) {
            parts.add(messages.get("key.shift"));
        }
        parts.add(keys instanceof KeyCodeCombination code ? keyName(code.getCode())
                : ((javafx.scene.input.KeyCharacterCombination) keys).getCharacter());
        return String.join("+", parts);
    }

    private String keyName(KeyCode code) {
        return switch (code) {
            case PAGE_UP -> messages.get("key.page-up");
            case PAGE_DOWN -> messages.get("key.page-down");
            case BACK_SPACE -> messages.get("key.backspace");
            case DELETE -> messages.get("key.delete");
            case ENTER -> messages.get("key.enter");
            case ESCAPE -> messages.get("key.escape");
            case LEFT -> messages.get("key.left");
            case RIGHT -> messages.get("key.right");
            case SPACE -> messages.get("key.space");
            case TAB -> messages.get("key.tab");
            default -> code.getName();
        };
    }
}
