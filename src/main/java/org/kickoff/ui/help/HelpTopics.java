package org.kickoff.ui.help;

import java.util.List;

/**
 * What the Help menu explains, offline: every keyboard shortcut with what it does, and the first steps.
 * The shortcuts are listed once, here; the dialog shows them in the window's language.
 */
public final class HelpTopics {

    /** A shortcut in JavaFX's notation ({@code "Shortcut+Shift+Z"}) and the message key of what it does. */
    public record Key(String keys, String whatKey) {
    }

    /** Groups of shortcuts, each under a heading (a message key). */
    public record Group(String titleKey, List<Key> keys) {
    }

    public static final List<Group> SHORTCUTS = List.of(
            new Group("help.keys.files", List.of(
                    new Key("Shortcut+N", "help.keys.new"),
                    new Key("Shortcut+O", "help.keys.open"),
                    new Key("Shortcut+S", "help.keys.save"),
                    new Key("Shortcut+Shift+S", "help.keys.save-as"),
                    new Key("Shortcut+P", "help.keys.print"),
                    new Key("Shortcut+W", "help.keys.close"),
                    new Key("Shortcut+Q", "help.keys.quit"))),
            new Group("help.keys.editing", List.of(
                    new Key("Shortcut+Z", "help.keys.undo"),
                    new Key("Shortcut+Shift+Z", "help.keys.redo"),
                    new Key("Shortcut+Y", "help.keys.redo"),
                    new Key("Shortcut+Shift+Backspace", "help.keys.clear"),
                    new Key("Tab", "help.keys.tab"),
                    new Key("Shift+Tab", "help.keys.shift-tab"),
                    new Key("Shortcut+Tab", "help.keys.tab-character"),
                    new Key("Space", "help.keys.space"))),
            new Group("help.keys.moving", List.of(
                    new Key("Shortcut+F", "help.keys.find"),
                    new Key("Shortcut+Page Down", "help.keys.next"),
                    new Key("Shortcut+Page Up", "help.keys.back"),
                    new Key("Alt+Right", "help.keys.next"),
                    new Key("Alt+Left", "help.keys.back"),
                    new Key("Shortcut+Shift+Y", "help.keys.summary"),
                    new Key("F1", "help.keys.help"))));

    /** The paragraphs of "Getting started", as message keys, in order. */
    public static final List<String> GETTING_STARTED = List.of("help.start.1", "help.start.2", "help.start.3",
            "help.start.4", "help.start.5", "help.start.6");

    private HelpTopics() {
    }
}
