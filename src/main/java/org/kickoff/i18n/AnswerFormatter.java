package org.kickoff.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kickoff.domain.Choice;
import org.kickoff.domain.NamedItem;
import org.kickoff.domain.Question;
import org.kickoff.domain.Value;

/**
 * Says an answer's value in words, in the user's language: "Yes", "PostgreSQL, Redis, Other: TimescaleDB",
 * "2.5 TB". The one place that turns ids into labels, so the summary, exports, compare view and wizard
 * all say the same thing.
 */
public final class AnswerFormatter {

    private final Messages messages;

    public AnswerFormatter(Messages messages) {
        this.messages = messages;
    }

    /** The value as one line of text (list entries separated by "; "); empty for no value. */
    public String format(Question question, Value value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        if (value instanceof Value.YesNo yesNo) {
            return messages.get(yesNo.yes() ? "answer.yes" : "answer.no");
        }
        if (value instanceof Value.Single single) {
            return choice(question, single.optionId(), single.other());
        }
        if (value instanceof Value.Multi multi) {
            return multi.optionIds().stream().map(id -> choice(question, id, multi.other()))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Value.Text text) {
            return text.text();
        }
        if (value instanceof Value.Amount amount) {
            return amount(question, amount);
        }
        return entries(question, (Value.Entries) value).stream().collect(Collectors.joining("; "));
    }

    /** Each list entry as "Name: Dana Fischer, Role: Architect"; cells in column order, empty ones left out. */
    public List<String> entries(Question question, Value.Entries entries) {
        List<String> lines = new ArrayList<>();
        for (Map<String, String> row : entries.rows()) {
            List<String> cells = new ArrayList<>();
            for (NamedItem column : question.columns()) {
                String cell = row.getOrDefault(column.id(), "");
                if (!cell.isBlank()) {
                    cells.add(question.columns().size() == 1 ? cell : column.label().in(messages.language()) + ": " + cell);
                }
            }
            row.forEach((column, cell) -> {
                if (question.column(column).isEmpty() && !cell.isBlank()) {
                    cells.add(column + ": " + cell);
                }
            });
            if (!cells.isEmpty()) {
                lines.add(String.join(", ", cells));
            }
        }
        return lines;
    }

    /** The label of an option; "Other: text" for the other option; the id itself if the option is unknown. */
    public String choice(Question question, String optionId, String other) {
        if (Question.OTHER.equals(optionId) && question.option(optionId).isEmpty()) {
            return other == null || other.isBlank() ? messages.get("answer.other")
                    : messages.get("answer.other-text", other);
        }
        return question.option(optionId).map(Choice::label).map(l -> l.in(messages.language())).orElse(optionId);
    }

    public String amount(Question question, Value.Amount amount) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMaximumFractionDigits(6);
        String number = format.format(amount.number() == null ? BigDecimal.ZERO : amount.number());
        if (amount.unit().isEmpty()) {
            return number;
        }
        String unit = question.unit(amount.unit()).map(u -> u.label().in(messages.language())).orElse(amount.unit());
        return number + " " + unit;
    }
}
