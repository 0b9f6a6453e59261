package org.kickoff.ui.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.kickoff.domain.Project;

/**
 * Every change to the open project, as steps to go back and forth through. Projects are immutable, so a step
 * is simply the project before and after it. Keystrokes in one field within a moment of each other are one
 * step (undo takes back a word or a sentence, not a letter); a merge is one step however much it changed.
 * The history is kept across saves and starts afresh with another project.
 */
public final class UndoHistory {

    /** Edits of the same thing closer together than this are one step. */
    static final Duration COALESCE = Duration.ofSeconds(2);
    /** Steps kept; the oldest go first. Projects share their unchanged parts, so a step costs little. */
    static final int LIMIT = 500;

    /** A change: the project before and after, what it was about (a question id, or empty), and when. */
    public record Step(Project before, Project after, String subject, String kind, Instant at) {
    }

    private final Clock clock;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    UndoHistory(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records a change. {@code kind} says what sort of edit it was ("answer", "details", "merge"); a change of
     * the same kind and subject as the last step, soon after it, extends that step instead of adding one.
     */
    void record(Project before, Project after, String subject, String kind, boolean coalesce) {
        if (before == null || after == null || before.equals(after)) {
            return;
        }
        Instant now = clock.instant();
        Step last = undo.peek();
        if (coalesce && last != null && last.after() == before && last.subject().equals(subject)
                && last.kind().equals(kind) && Duration.between(last.at(), now).compareTo(COALESCE) <= 0) {
            undo.pop();
            undo.push(new Step(last.before(), after, subject, kind, now));
        } else {
            undo.push(new Step(before, after, subject, kind, now));
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
        update();
    }

    /** The step to take back, if the project is still as that step left it. */
    Optional<Step> takeUndo(Project current) {
        Step step = undo.peek();
        if (step == null || !step.after().equals(current)) {
            return Optional.empty();
        }
        redo.push(undo.pop());
        update();
        return Optional.of(step);
    }

    Optional<Step> takeRedo(Project current) {
        Step step = redo.peek();
        if (step == null || !step.before().equals(current)) {
            return Optional.empty();
        }
        undo.push(redo.pop());
        update();
        return Optional.of(step);
    }

    /** The project {@code from} became {@code to} without a change of the user's (a save stamped the time). */
    void rebase(Project from, Project to) {
        Step last = undo.peek();
        if (last != null && last.after() == from) {
            undo.pop();
            undo.push(new Step(last.before(), to, last.subject(), last.kind(), last.at()));
        }
        Step next = redo.peek();
        if (next != null && next.before() == from) {
            redo.pop();
            redo.push(new Step(to, next.after(), next.subject(), next.kind(), next.at()));
        }
    }

    /** Another project (or none): its changes are not this one's. */
    void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
