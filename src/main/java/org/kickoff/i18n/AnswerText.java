package org.kickoff.i18n;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.LocalizedText;
import org.kickoff.domain.Question;
import org.kickoff.domain.QuestionType;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.TextType;

/**
 * A whole answer in one line of words: the value, and for an open question its owner and due date, for a
 * not-applicable one its reason, then the note; "no answer" when there is nothing. Used where two answers
 * are shown side by side or quoted in a note (compare, merge).
 */
public final class AnswerText {

    private final Messages messages;
    private final AnswerFormatter formatter;
    private final DateTimeFormatter dates;

    public AnswerText(Messages messages) {
        this.messages = messages;
        this.formatter = new AnswerFormatter(messages);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
    }

    /** The answer to a question of {@code questionnaire}, or to one it does not know (ids are then shown). */
    public String describe(Questionnaire questionnaire, String questionId, Answer answer) {
        return describe(question(questionnaire, questionId, answer), answer);
    }

    public String describe(Question question, Answer answer) {
        List<String> parts = new ArrayList<>();
        if (answer.status() == AnswerStatus.OPEN) {
            parts.add(messages.get(Labels.status(AnswerStatus.OPEN)));
        } else if (answer.status() == AnswerStatus.NOT_APPLICABLE) {
            parts.add(messages.get(Labels.status(AnswerStatus.NOT_APPLICABLE)));
        }
        String value = formatter.format(question, answer.value());
        if (!value.isBlank()) {
            parts.add(value);
        }
        if (!answer.owner().isBlank()) {
            parts.add(messages.get("answer-text.owner", answer.owner().strip()));
        }
        answer.dueOptional().ifPresent(due -> parts.add(messages.get("answer-text.due", dates.format(due))));
        if (!answer.reason().isBlank()) {
            parts.add(messages.get("answer-text.reason", answer.reason().strip()));
        }
        answer.drafts().forEach((field, typed) -> parts.add(messages.get(Labels.draft(field), typed)));
        if (!answer.note().isBlank()) {
            parts.add(messages.get("answer-text.note", answer.note().strip()));
        }
        return parts.isEmpty() ? messages.get("answer-text.none") : String.join("; ", parts);
    }

    /** The question, or a stand-in for an answer whose question the questionnaire does not have. */
    static Question question(Questionnaire questionnaire, String questionId, Answer answer) {
        if (questionnaire != null && questionnaire.question(questionId).isPresent()) {
            return questionnaire.question(questionId).get();
        }
        QuestionType<?> kind = answer.value() == null ? new TextType(false) : answer.value().kind();
        return Question.simple(questionId, kind, LocalizedText.EMPTY);
    }
}
