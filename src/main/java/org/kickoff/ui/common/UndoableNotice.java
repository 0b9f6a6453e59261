package org.kickoff.ui.common;

import javafx.event.Event;
import javafx.event.EventType;

/**
 * Something the user just did that is easy to miss and easy to regret, such as deleting a list entry: it
 * bubbles up from the control to the window, which says so for a moment and offers Undo.
 */
public final class UndoableNotice extends Event {

    public static final EventType<UndoableNotice> NOTICE = new EventType<>(Event.ANY, "KICKOFF_UNDOABLE_NOTICE");
    private static final long serialVersionUID = 1L;

    private final String text;

    public UndoableNotice(String text) {
        super(NOTICE);
        this.text = text;
    }

    public String text() {
        return text;
    }
}
