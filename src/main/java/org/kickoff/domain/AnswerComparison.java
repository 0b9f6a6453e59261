package org.kickoff.domain;

import java.util.EnumSet;
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
            case DRAFTS -> a.drafts().equals(b.drafts());
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
        return a.sameAs(b);
    }

    private static boolean sameText(String a, String b) {
        return Texts.same(a, b);
    }
}
