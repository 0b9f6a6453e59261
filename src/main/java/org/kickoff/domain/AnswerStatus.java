package org.kickoff.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a question stands: not yet looked at, decided, still to be decided (open), or not relevant for this
 * project.
 */
public enum AnswerStatus {
    UNANSWERED("unanswered"),
    ANSWERED("answered"),
    OPEN("open"),
    NOT_APPLICABLE("not-applicable");

    private final String fileName;

    AnswerStatus(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public static Optional<AnswerStatus> fromFileName(String name) {
        return Arrays.stream(values()).filter(s -> s.fileName.equals(name)).findFirst();
    }
}
