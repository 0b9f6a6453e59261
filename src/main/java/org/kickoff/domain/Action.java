package org.kickoff.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Work the kickoff decided on: a title, who does it, by when, and whether it is done. An action may mitigate a
 * risk finding ({@code risk}, the finding's id) or concern a question ({@code question}); one added by hand
 * may do neither. Ids are made so that two people adding actions on two branches do not pick the same one.
 */
public record Action(String id, String title, String owner, LocalDate due, ActionState state, String risk,
                     String question, String note, UnknownFields unknown) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    public Action {
        title = title == null ? "" : title;
        owner = owner == null ? "" : owner;
        state = state == null ? ActionState.OPEN : state;
        risk = risk == null ? "" : risk;
        question = question == null ? "" : question;
        note = note == null ? "" : note;
        unknown = unknown == null ? UnknownFields.NONE : unknown;
    }

    public static Action create(String id, String title, String owner, LocalDate due) {
        return new Action(id, title, owner, due, ActionState.OPEN, "", "", "", UnknownFields.NONE);
    }

    /** Whether the text can be an action's id: letters, digits, {@code . _ -}, at most 80 characters. */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public Action withTitle(String newTitle) {
        return new Action(id, newTitle, owner, due, state, risk, question, note, unknown);
    }

    public Action withOwner(String newOwner) {
        return new Action(id, title, newOwner, due, state, risk, question, note, unknown);
    }

    public Action withDue(LocalDate newDue) {
        return new Action(id, title, owner, newDue, state, risk, question, note, unknown);
    }

    public Action withState(ActionState newState) {
        return new Action(id, title, owner, due, newState, risk, question, note, unknown);
    }

    public Action withRisk(String findingId) {
        return new Action(id, title, owner, due, state, findingId, question, note, unknown);
    }

    public Action withQuestion(String questionId) {
        return new Action(id, title, owner, due, state, risk, questionId, note, unknown);
    }

    public Action withNote(String newNote) {
        return new Action(id, title, owner, due, state, risk, question, newNote, unknown);
    }

    public boolean isDone() {
        return state == ActionState.DONE;
    }

    /** Not done and due before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return !isDone() && due != null && due.isBefore(today);
    }
}
