package org.kickoff.domain;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question a questionnaire can ask, with the name used in files. */
public enum QuestionType {
    YES_NO("yesno"),
    SINGLE_CHOICE("single"),
    MULTI_CHOICE("multi"),
    TEXT("text"),
    LONG_TEXT("longtext"),
    NUMBER("number"),
    LIST("list");

    private final String fileName;

    QuestionType(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public static Optional<QuestionType> fromFileName(String name) {
        return Arrays.stream(values()).filter(t -> t.fileName.equals(name)).findFirst();
    }

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTI_CHOICE;
    }
}
