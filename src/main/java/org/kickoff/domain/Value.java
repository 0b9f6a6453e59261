package org.kickoff.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The typed content of an answer; one variant per question type family. */
public sealed interface Value {

    /** Whether this value can answer a question of the given type. */
    boolean fits(QuestionType type);

    /** Whether the value says nothing (an empty text, no choice, no entries). */
    boolean isBlank();

    record YesNo(boolean yes) implements Value {
        @Override
        public boolean fits(QuestionType type) {
            return type == QuestionType.YES_NO;
        }

        @Override
        public boolean isBlank() {
            return false;
        }
    }

    /** The chosen option of a single-choice question; {@code other} holds the text of "other". */
    record Single(String optionId, String other) implements Value {
        public Single {
            other = other == null ? "" : other;
        }

        @Override
        public boolean fits(QuestionType type) {
            return type == QuestionType.SINGLE_CHOICE;
        }

        @Override
        public boolean isBlank() {
            return optionId == null || optionId.isEmpty();
        }
    }

    /** The chosen options of a multiple-choice question, in questionnaire order. */
    record Multi(List<String> optionIds, String other) implements Value {
        public Multi {
            optionIds = List.copyOf(optionIds);
            other = other == null ? "" : other;
        }

        @Override
        public boolean fits(QuestionType type) {
            return type == QuestionType.MULTI_CHOICE;
        }

        @Override
        public boolean isBlank() {
            return optionIds.isEmpty();
        }
    }

    record Text(String text) implements Value {
        public Text {
            text = text == null ? "" : text;
        }

        @Override
        public boolean fits(QuestionType type) {
            return type == QuestionType.TEXT || type == QuestionType.LONG_TEXT;
        }

        @Override
        public boolean isBlank() {
            return text.isBlank();
        }
    }

    /** A number with the id of its unit (may be empty when the question has no units). */
    record Amount(BigDecimal number, String unit) implements Value {
        public Amount {
            unit = unit == null ? "" : unit;
        }

        @Override
        public boolean fits(QuestionType type) {
            return type == QuestionType.NUMBER;
        }

        @Override
        public boolean isBlank() {
            return number == null;
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
        public boolean fits(QuestionType type) {
            return type == QuestionType.LIST;
        }

        @Override
        public boolean isBlank() {
            return rows.stream().allMatch(r -> r.values().stream().allMatch(String::isBlank));
        }
    }
}
