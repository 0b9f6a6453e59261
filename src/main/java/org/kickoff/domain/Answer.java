package org.kickoff.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The answer to one question: its status, its typed value (kept even while the question is open or not
 * applicable, so that nothing typed is lost), the owner and due date of an open item, the reason for
 * "not applicable", and a free note.
 */
public record Answer(AnswerStatus status, Value value, String owner, LocalDate due, String reason, String note,
                     UnknownFields unknown) {

    public static final Answer EMPTY = new Answer(AnswerStatus.UNANSWERED, null, "", null, "", "", UnknownFields.NONE);

    public Answer {
        status = status == null ? AnswerStatus.UNANSWERED : status;
        owner = owner == null ? "" : owner;
        reason = reason == null ? "" : reason;
        note = note == null ? "" : note;
        unknown = unknown == null ? UnknownFields.NONE : unknown;
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

    public Optional<Value> valueOptional() {
        return Optional.ofNullable(value);
    }

    public Optional<LocalDate> dueOptional() {
        return Optional.ofNullable(due);
    }

    public Answer withStatus(AnswerStatus newStatus) {
        return new Answer(newStatus, value, owner, due, reason, note, unknown);
    }

    public Answer withValue(Value newValue) {
        return new Answer(status, newValue, owner, due, reason, note, unknown);
    }

    public Answer withOwner(String newOwner) {
        return new Answer(status, value, newOwner, due, reason, note, unknown);
    }

    public Answer withDue(LocalDate newDue) {
        return new Answer(status, value, owner, newDue, reason, note, unknown);
    }

    public Answer withReason(String newReason) {
        return new Answer(status, value, owner, due, newReason, note, unknown);
    }

    public Answer withNote(String newNote) {
        return new Answer(status, value, owner, due, reason, newNote, unknown);
    }

    /** Answered with a value that says something. */
    public boolean isAnswered() {
        return status == AnswerStatus.ANSWERED && value != null && !value.isBlank();
    }

    /** Whether the answer holds nothing worth keeping: no value, no note, no owner or reason. */
    public boolean isEmpty() {
        return (value == null || value.isBlank()) && note.isBlank() && owner.isBlank() && due == null
                && reason.isBlank() && status == AnswerStatus.UNANSWERED && unknown.isEmpty();
    }
}
