package org.kickoff.ui.page;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.DueDate;
import org.kickoff.domain.Parsed;

/**
 * The due date of an open question, typed (as an ISO date or in the user's way) or picked from a calendar.
 * A text that is no date is kept as typed, and no date is stored meanwhile: not the old one, not a guess.
 */
public final class DueDateModel {

    private final QuestionViewModel question;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final StringBinding warning;

    DueDateModel(QuestionViewModel question) {
        this.question = question;
        var messages = question.messages();
        warning = Bindings.createStringBinding(() -> {
            LocalDate due = question.dueProperty().get();
            return due != null && due.isBefore(LocalDate.now(question.clock()))
                    && question.statusProperty().get() == AnswerStatus.OPEN ? messages.get("question.due.past") : "";
        }, question.dueProperty(), question.statusProperty());
        showError();
        question.reloadsProperty().subscribe((o, n) -> showError());
    }

    /** The message for a date kept as typed (at first, and after an undo). */
    private void showError() {
        var messages = question.messages();
        String kept = question.draft(Answer.Draft.DUE);
        error.set(kept == null ? "" : DueDate.parse(kept, messages.locale()).problemOptional()
                .map(messages::problemText).orElse(messages.get("value.draft.other-language")));
    }

    /** The date as the field shows it: in the user's way, or the text kept as typed. */
    public String text() {
        String kept = question.draft(Answer.Draft.DUE);
        if (kept != null) {
            return kept;
        }
        LocalDate due = question.dueProperty().get();
        return due == null ? "" : DueDate.format(question.messages().locale()).format(due);
    }

    /** What is wrong with the typed date; empty when nothing is. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** A due date in the past on an open question: allowed, but worth a look. */
    public StringBinding warningProperty() {
        return warning;
    }

    /** A date typed by hand: a valid one is taken, blank clears it, anything else is kept as typed and marked. */
    public void enter(String text) {
        Parsed<LocalDate> parsed = DueDate.parse(text, question.messages().locale());
        if (parsed.isValid()) {
            error.set("");
            question.setDraft(Answer.Draft.DUE, null);
            question.setDueValue(parsed.value());
        } else {
            error.set(question.messages().problemText(parsed.problem()));
            question.setDraft(Answer.Draft.DUE, text);
            question.setDueValue(null);
        }
    }

    /** A date picked from the calendar. */
    public void pick(LocalDate date) {
        if (date != null && DueDate.problemWith(date).isPresent()) {
            enter(date.toString());
            return;
        }
        error.set("");
        question.setDraft(Answer.Draft.DUE, null);
        question.setDueValue(date);
    }
}
