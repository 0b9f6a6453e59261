package org.kickoff.domain;

import java.util.Arrays;
import java.util.Optional;

/** Whether an action is still to do or done. */
public enum ActionState {
    OPEN("open"),
    DONE("done");

    private final String fileName;

    ActionState(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public static Optional<ActionState> fromFileName(String name) {
        return Arrays.stream(values()).filter(s -> s.fileName.equals(name)).findFirst();
    }
}
