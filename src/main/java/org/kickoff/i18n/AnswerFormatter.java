package org.kickoff.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kickoff.domain.Choice;
import org.kickoff.domain.Limits;
import org.kickoff.domain.ListType;
import org.kickoff.domain.MultiChoiceType;
import org.kickoff.domain.NamedItem;
import org.kickoff.domain.NumberType;
import org.kickoff.domain.Question;
import org.kickoff.domain.QuestionType;
import org.kickoff.domain.SingleChoiceType;
import org.kickoff.domain.TextType;
import org.kickoff.domain.Value;
import org.kickoff.domain.YesNoType;

/**
 * Says an answer's value in words, in the user's language: "Yes", "PostgreSQL, Redis, Other: TimescaleDB",
 * "2.5 TB". The one place that turns ids into labels, so the summary, exports, compare view and wizard
 * all say the same thing; one wording per kind of question.
 */
public final class AnswerFormatter {

    private final Messages messages;

    public AnswerFormatter(Messages messages) {
        this.messages = messages;
    }

    /**
     * The value as one line of text (list entries separated by "; "); empty for no value. A value that does
     * not fit the question (its kind changed) is said as its own kind, with ids where labels are unknown.
     */
    public String format(Question question, Value value) {
        return word(question, value).line();
    }

    /**
     * A value in words: one line, and for a list answer also each entry on a line of its own and as a table
     * (column labels in questionnaire order, then columns the questionnaire lacks, by id).
     */
    public record Worded(String line, List<String> entries, List<String> columns, List<List<String>> rows) {
        static final Worded NONE = new Worded("", List.of(), List.of(), List.of());

        static Worded line(String line) {
            return new Worded(line, List.of(), List.of(), List.of());
        }

        public Worded {
            entries = List.copyOf(entries);
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    public Worded word(Question question, Value value) {
        if (value == null || value.isBlank()) {
            return Worded.NONE;
        }
        QuestionType<?> type = question.type().fits(value) ? question.type() : value.kind();
        return type.accept(new QuestionType.Visitor<Worded>() {
            @Override
            public Worded yesNo(YesNoType t) {
                return Worded.line(messages.get(t.valueOf(value).orElseThrow().yes() ? "answer.yes" : "answer.no"));
            }

            @Override
            public Worded single(SingleChoiceType t) {
                Value.Single single = t.valueOf(value).orElseThrow();
                return Worded.line(choice(t.options(), single.optionId(), single.other()));
            }

            @Override
            public Worded multi(MultiChoiceType t) {
                Value.Multi multi = t.valueOf(value).orElseThrow();
                return Worded.line(multi.optionIds().stream().map(id -> choice(t.options(), id, multi.other()))
                        .collect(Collectors.joining(", ")));
            }

            @Override
            public Worded text(TextType t) {
                return Worded.line(t.valueOf(value).orElseThrow().text());
            }

            @Override
            public Worded number(NumberType t) {
                return Worded.line(amount(t, t.valueOf(value).orElseThrow()));
            }

            @Override
            public Worded list(ListType t) {
                Value.Entries entries = t.valueOf(value).orElseThrow();
                List<String> lines = entries(t, entries);
                return table(t, entries, String.join("; ", lines), lines);
            }
        });
    }

    private Worded table(ListType type, Value.Entries entries, String line, List<String> lines) {
        Set<String> columnIds = new LinkedHashSet<>(type.columnIds());
        entries.rows().forEach(r -> columnIds.addAll(r.keySet()));
        List<String> labels = columnIds.stream()
                .map(id -> type.column(id).map(NamedItem::label).map(l -> l.in(messages.language())).orElse(id))
                .toList();
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> row : entries.rows()) {
            if (row.values().stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(columnIds.stream().map(id -> row.getOrDefault(id, "")).toList());
        }
        return new Worded(line, lines, labels, rows);
    }

    /** Each list entry as "Name: Dana Fischer, Role: Architect"; cells in column order, empty ones left out. */
    private List<String> entries(ListType type, Value.Entries entries) {
        List<String> lines = new ArrayList<>();
        for (Map<String, String> row : entries.rows()) {
            List<String> cells = new ArrayList<>();
            for (NamedItem column : type.columns()) {
                String cell = row.getOrDefault(column.id(), "");
                if (!cell.isBlank()) {
                    cells.add(type.columns().size() == 1 ? cell : column.label().in(messages.language()) + ": " + cell);
                }
            }
            row.forEach((column, cell) -> {
                if (type.column(column).isEmpty() && !cell.isBlank()) {
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
    private String choice(List<Choice> options, String optionId, String other) {
        java.util.Optional<Choice> option = options.stream().filter(o -> o.id().equals(optionId)).findFirst();
        if (Question.OTHER.equals(optionId) && option.isEmpty()) {
            return other == null || other.isBlank() ? messages.get("answer.other")
                    : messages.get("answer.other-text", other);
        }
        return option.map(Choice::label).map(l -> l.in(messages.language())).orElse(optionId);
    }

    /** "2.5 TB", "1 week": the number in the user's way, then its unit's label (or id, if the unit is unknown). */
    public String amount(NumberType type, Value.Amount amount) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMaximumFractionDigits(Limits.FRACTION_DIGITS);
        BigDecimal value = amount.number() == null ? BigDecimal.ZERO : amount.number();
        String number = format.format(value);
        if (amount.unit().isEmpty()) {
            return number;
        }
        // which numbers take a unit's singular ("1 week", but "1.5 weeks") is the language's rule, in its bundle
        boolean singular = "one".equals(messages.get("answer.plural-form", value));
        String unit = type.unit(amount.unit()).map(u -> u.labelFor(messages.language(), singular))
                .orElse(amount.unit());
        return number + " " + unit;
    }
}
