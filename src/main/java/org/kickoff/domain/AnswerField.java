package org.kickoff.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The parts of an answer that a user sees and that compare and merge look at one by one. */
public enum AnswerField {
    VALUE,
    STATUS,
    OWNER,
    DUE,
    REASON,
    NOTE,
    /** Text typed into a number or date field that is no valid value. */
    DRAFTS;

    /** An unmodifiable copy that iterates in declaration order, the order a view lists them in. */
    static Set<AnswerField> ordered(Collection<AnswerField> fields) {
        return Collections.unmodifiableSet(fields.isEmpty() ? EnumSet.noneOf(AnswerField.class)
                : EnumSet.copyOf(fields));
    }
}
