package org.kickoff.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether two answers say the same thing, the rule that compare and merge share. Semantic rather than
 * literal: 2.50 TB is 2.5 TB, chosen options are a set, an empty text is no text, trailing blanks and line
 * ends do not count, and the text of "other" matters only while "other" is chosen. Fields a newer Kickoff
 * wrote are not compared: the user cannot see them.
 */
public final class AnswerComparison {

    private AnswerComparison() {
    }

    /** The fields in which the two answers differ; empty when they say the same. */
    public static Set<AnswerField> differences(Answer a, Answer b) {
        Answer left = a == null ? Answer.EMPTY : a;
        Answer right = b == null ? Answer.EMPTY : b;
        Set<AnswerField> fields = EnumSet.noneOf(AnswerField.class);
        for (AnswerField field : AnswerField.values()) {
            if (!sameField(field, left, right)) {
                fields.add(field);
            }
        }
        return fields;
    }

    public static boolean same(Answer a, Answer b) {
        return differences(a, b).isEmpty();
    }

    /** Whether one field of the two answers says the same. */
    public static boolean sameField(AnswerField field, Answer a, Answer b) {
        return switch (field) {
            case VALUE -> sameValue(a.value(), b.value());
            case STATUS -> a.status() == b.status();
            case OWNER -> sameText(a.owner(), b.owner());
            case DUE -> Objects.equals(a.due(), b.due());
            case REASON -> sameText(a.reason(), b.reason());
            case NOTE -> sameText(a.note(), b.note());
        };
    }

    /** Whether the answer holds something a user would miss if it were gone. */
    public static boolean isPresent(Answer answer) {
        return answer != null && !same(answer, Answer.EMPTY);
    }

    public static boolean sameValue(Value a, Value b) {
        boolean noA = a == null || a.isBlank();
        boolean noB = b == null || b.isBlank();
        if (noA || noB) {
            return noA && noB;
        }
        if (a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof Value.Single x) {
            Value.Single y = (Value.Single) b;
            return x.optionId().equals(y.optionId())
                    && (!Question.OTHER.equals(x.optionId()) || sameText(x.other(), y.other()));
        }
        if (a instanceof Value.Multi x) {
            Value.Multi y = (Value.Multi) b;
            return new HashSet<>(x.optionIds()).equals(new HashSet<>(y.optionIds()))
                    && (!x.optionIds().contains(Question.OTHER) || sameText(x.other(), y.other()));
        }
        if (a instanceof Value.Text x) {
            return sameText(x.text(), ((Value.Text) b).text());
        }
        if (a instanceof Value.Entries x) {
            return rows(x).equals(rows((Value.Entries) b));
        }
        // YesNo and Amount: their own equality is already semantic (Amount compares numbers, not scales)
        return a.equals(b);
    }

    /** Rows without blank cells, without rows left blank: an empty cell is no cell. */
    private static List<Map<String, String>> rows(Value.Entries entries) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> row : entries.rows()) {
            Map<String, String> cells = new LinkedHashMap<>();
            row.forEach((column, cell) -> {
                if (cell != null && !cell.isBlank()) {
                    cells.put(column, normalize(cell));
                }
            });
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        return rows;
    }

    private static boolean sameText(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    private static String normalize(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
