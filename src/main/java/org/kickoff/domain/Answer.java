package org.kickoff.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to one question: its status, its typed value (kept even while the question is open or not
 * applicable, so that nothing typed is lost), the owner and due date of an open item, the reason for
 * "not applicable", a free note, and drafts: text typed into a number or date field that is no valid
 * number or date. A draft is kept exactly as typed, in place of the value it would have been, until it is
 * corrected or cleared; while there is one, the question is not validly answered.
 */
public record Answer(AnswerStatus status, Value value, String owner, LocalDate due, String reason, String note,
                     Map<Draft, String> drafts, UnknownFields unknown) {

    /** The fields that can hold a draft, with their names in files. */
    public enum Draft {
        NUMBER("number"),
        DUE("due");

        private final String fileName;

        Draft(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }

        public static Optional<Draft> fromFileName(String name) {
            for (Draft draft : values()) {
                if (draft.fileName.equals(name)) {
                    return Optional.of(draft);
                }
            }
            return Optional.empty();
        }
    }

    public static final Answer EMPTY = new Answer(AnswerStatus.UNANSWERED, null, "", null, "", "", Map.of(),
            UnknownFields.NONE);

    public Answer {
        status = status == null ? AnswerStatus.UNANSWERED : status;
        owner = owner == null ? "" : owner;
        reason = reason == null ? "" : reason;
        note = note == null ? "" : note;
        drafts = drafts == null || drafts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(drafts));
        unknown = unknown == null ? UnknownFields.NONE : unknown;
    }

    public Answer(AnswerStatus status, Value value, String owner, LocalDate due, String reason, String note,
                  UnknownFields unknown) {
        this(status, value, owner, due, reason, note, Map.of(), unknown);
    }

    public static Answer answered(Value value) {
        return new Answer(AnswerStatus.ANSWERED, value, "", null, "", "", UnknownFields.NONE);
    }

    public static Answer open(String owner, LocalDate due) {
        return new Answer(AnswerStatus.OPEN, null, owner, due, "", "", UnknownFields.NONE);
    }

    public static Answer notApplicable(String reason) {
        return new Answer(AnswerStatus.NOT_APPLICABLE, null, "", null, reason, "", UnknownFields.NONE);
    }

    public Optional<LocalDate> dueOptional() {
        return Optional.ofNullable(due);
    }

    public Answer withStatus(AnswerStatus newStatus) {
        return new Answer(newStatus, value, owner, due, reason, note, drafts, unknown);
    }

    public Answer withValue(Value newValue) {
        return new Answer(status, newValue, owner, due, reason, note, drafts, unknown);
    }

    public Answer withOwner(String newOwner) {
        return new Answer(status, value, newOwner, due, reason, note, drafts, unknown);
    }

    public Answer withDue(LocalDate newDue) {
        return new Answer(status, value, owner, newDue, reason, note, drafts, unknown);
    }

    public Answer withReason(String newReason) {
        return new Answer(status, value, owner, due, newReason, note, drafts, unknown);
    }

    public Answer withNote(String newNote) {
        return new Answer(status, value, owner, due, reason, newNote, drafts, unknown);
    }

    public Answer withDrafts(Map<Draft, String> newDrafts) {
        return new Answer(status, value, owner, due, reason, note, newDrafts, unknown);
    }

    public Answer withUnknown(UnknownFields newUnknown) {
        return new Answer(status, value, owner, due, reason, note, drafts, newUnknown);
    }

    /** The text kept as typed in the field, if it is no valid value. */
    public Optional<String> draft(Draft field) {
        return Optional.ofNullable(drafts.get(field));
    }

    /** Whether some typed text is not a valid value: the question is then not validly answered. */
    public boolean hasDrafts() {
        return !drafts.isEmpty();
    }

    /**
     * Holding typed text that is no valid value, while that matters: a question marked not applicable
     * keeps its drafts (nothing typed is lost) but asks nothing.
     */
    public boolean isInvalid() {
        return !drafts.isEmpty() && status != AnswerStatus.NOT_APPLICABLE;
    }

    /** Answered with a value that says something, and nothing typed that is invalid. */
    public boolean isAnswered() {
        return status == AnswerStatus.ANSWERED && value != null && !value.isBlank() && drafts.isEmpty();
    }

    /** Whether the answer holds nothing worth keeping: no value, no note, no owner or reason, no draft. */
    public boolean isEmpty() {
        return (value == null || value.isBlank()) && note.isBlank() && owner.isBlank() && due == null
                && reason.isBlank() && status == AnswerStatus.UNANSWERED && drafts.isEmpty() && unknown.isEmpty();
    }
}
