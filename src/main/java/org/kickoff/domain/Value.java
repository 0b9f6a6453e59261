package org.kickoff.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The typed content of an answer; one variant per kind of question (see {@link QuestionType#valueClass()}).
 * Each variant says when it is blank and when two of it say the same, the rule that compare, merge and
 * the summary share: semantic rather than literal (2.50 TB is 2.5 TB, chosen options are a set, trailing
 * blanks and line ends do not count).
 */
public sealed interface Value {

    /** Whether the value says nothing (an empty text, no choice, no entries). */
    boolean isBlank();

    /** Whether the two (neither blank) say the same; values of other variants never do. */
    boolean sameAs(Value other);

    /** The kind of question this value answers, without its parts: for an answer whose question is gone. */
    QuestionType<?> kind();

    /** The number of chosen options or entries, for {@code count} tests; -1 where nothing is counted. */
    default int count() {
        return -1;
    }

    /** Whether the value equals a condition's literal ({@code yes}, {@code 'option'}, a number). */
    default boolean matches(Object literal) {
        return false;
    }

    /** Whether the option is among the chosen ones, for {@code has} tests. */
    default boolean hasChosen(String optionId) {
        return false;
    }

    record YesNo(boolean yes) implements Value {
        @Override
        public boolean isBlank() {
            return false;
        }

        @Override
        public boolean sameAs(Value other) {
            return equals(other);
        }

        @Override
        public QuestionType<?> kind() {
            return new YesNoType();
        }

        @Override
        public boolean matches(Object literal) {
            return literal instanceof Boolean b && b == yes;
        }
    }

    /** The chosen option of a single-choice question; {@code other} holds the text of "other". */
    record Single(String optionId, String other) implements Value {
        public Single {
            other = other == null ? "" : other;
        }

        @Override
        public boolean isBlank() {
            return optionId == null || optionId.isEmpty();
        }

        /** The text of "other" matters only while "other" is chosen. */
        @Override
        public boolean sameAs(Value value) {
            return value instanceof Single s && optionId.equals(s.optionId)
                    && (!Question.OTHER.equals(optionId) || Texts.same(other, s.other));
        }

        @Override
        public QuestionType<?> kind() {
            return new SingleChoiceType(List.of(), false);
        }

        @Override
        public boolean matches(Object literal) {
            return literal instanceof String id && id.equals(optionId);
        }

        @Override
        public boolean hasChosen(String id) {
            return id.equals(optionId);
        }
    }

    /** The chosen options of a multiple-choice question, in questionnaire order. */
    record Multi(List<String> optionIds, String other) implements Value {
        public Multi {
            optionIds = List.copyOf(optionIds);
            other = other == null ? "" : other;
        }

        @Override
        public boolean isBlank() {
            return optionIds.isEmpty();
        }

        @Override
        public boolean sameAs(Value value) {
            return value instanceof Multi m && new HashSet<>(optionIds).equals(new HashSet<>(m.optionIds))
                    && (!optionIds.contains(Question.OTHER) || Texts.same(other, m.other));
        }

        @Override
        public QuestionType<?> kind() {
            return new MultiChoiceType(List.of(), false);
        }

        @Override
        public int count() {
            return optionIds.size();
        }

        @Override
        public boolean hasChosen(String optionId) {
            return optionIds.contains(optionId);
        }
    }

    record Text(String text) implements Value {
        public Text {
            text = text == null ? "" : text;
        }

        @Override
        public boolean isBlank() {
            return text.isBlank();
        }

        @Override
        public boolean sameAs(Value value) {
            return value instanceof Text t && Texts.same(text, t.text);
        }

        @Override
        public QuestionType<?> kind() {
            return new TextType(false);
        }
    }

    /** A number with the id of its unit (may be empty when the question has no units). */
    record Amount(BigDecimal number, String unit) implements Value {
        public Amount {
            unit = unit == null ? "" : unit;
        }

        @Override
        public boolean isBlank() {
            return number == null;
        }

        @Override
        public boolean sameAs(Value value) {
            return equals(value);
        }

        @Override
        public QuestionType<?> kind() {
            return new NumberType(List.of(), null, null);
        }

        @Override
        public boolean matches(Object literal) {
            return literal instanceof BigDecimal n && number != null && n.compareTo(number) == 0;
        }

        @Override
        public boolean equals(Object o) {
            // 2.50 and 2.5 are the same amount
            return o instanceof Amount a && unit.equals(a.unit)
                    && (number == null ? a.number == null : a.number != null && number.compareTo(a.number) == 0);
        }

        @Override
        public int hashCode() {
            return unit.hashCode() * 31 + (number == null ? 0 : number.stripTrailingZeros().hashCode());
        }
    }

    /** The entries of a list question; each entry maps column ids to texts. */
    record Entries(List<Map<String, String>> rows) implements Value {
        public Entries {
            rows = rows.stream()
                    .map(r -> Collections.unmodifiableMap(new LinkedHashMap<>(r)))
                    .toList();
        }

        @Override
        public boolean isBlank() {
            return rows.stream().allMatch(r -> r.values().stream().allMatch(String::isBlank));
        }

        /** Blank cells and rows left blank do not count: an empty cell is no cell. */
        @Override
        public boolean sameAs(Value value) {
            return value instanceof Entries e && filled().equals(e.filled());
        }

        @Override
        public QuestionType<?> kind() {
            return new ListType(List.of());
        }

        @Override
        public int count() {
            return rows.size();
        }

        private List<Map<String, String>> filled() {
            List<Map<String, String>> filled = new ArrayList<>();
            for (Map<String, String> row : rows) {
                Map<String, String> cells = new LinkedHashMap<>();
                row.forEach((column, cell) -> {
                    if (cell != null && !cell.isBlank()) {
                        cells.put(column, Texts.normalize(cell));
                    }
                });
                if (!cells.isEmpty()) {
                    filled.add(cells);
                }
            }
            return filled;
        }
    }
}
