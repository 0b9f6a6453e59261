package org.kickoff.domain;

import java.util.Optional;

/** The one rule for typed text (answers, cells, notes, names): as long as it may be and still be read again. */
public final class TextRule {

    private TextRule() {
    }

    public static Optional<Problem> check(String text) {
        if (text != null && text.length() > Limits.TEXT_LENGTH) {
            return Optional.of(Problem.at("", "value.text.too-long", text.length(), Limits.TEXT_LENGTH));
        }
        return Optional.empty();
    }
}
