package org.kickoff.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two documents made from one summary: the meeting brief (the project in three lines, completion, the
 * risks and open questions to decide, the actions with owners: about two pages) and the full record.
 */
public enum Document {
    BRIEF("brief"),
    FULL("full");

    private final String name;

    Document(String name) {
        this.name = name;
    }

    /** The name on the command line ({@code --document brief}). */
    public String id() {
        return name;
    }

    public static Optional<Document> byName(String name) {
        return Arrays.stream(values()).filter(d -> d.name.equals(name)).findFirst();
    }
}
