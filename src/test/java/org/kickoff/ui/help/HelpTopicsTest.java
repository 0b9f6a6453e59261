package org.kickoff.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Shortcut;

class HelpTopicsTest {

    private static List<HelpTopics.Key> keys() {
        return HelpTopics.SHORTCUTS.stream().flatMap(g -> g.keys().stream()).toList();
    }

    /** A key name JavaFX does not know ("Back Space") silently becomes a typed character that never matches. */
    @Test
    void everyShortcutNamesARealKey() {
        for (HelpTopics.Key key : keys()) {
            assertInstanceOf(KeyCodeCombination.class, KeyCombination.keyCombination(key.keys()), key.keys());
        }
    }

    @Test
    void theGermanListNamesKeysInGerman() {
        Messages de = Messages.forLanguage("de");
        List<String> shown = keys().stream().map(k -> Shortcut.of(k.keys(), de).getDisplayText()).toList();
        assertTrue(shown.contains("Strg+Umschalt+Rücktaste"), shown.toString());
        assertTrue(shown.contains("Strg+Bild ab"), shown.toString());
        assertEquals(List.of(), shown.stream().filter(s -> s.contains("Ctrl") || s.contains("Shift")).toList());
    }
}
