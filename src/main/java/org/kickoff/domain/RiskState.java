package org.kickoff.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the team decided about a risk finding, as the project file stores it: still open, being mitigated
 * (by actions that name it), accepted (by someone, for a reason, possibly until a date), or resolved.
 */
public enum RiskState {
    OPEN("open"),
    MITIGATING("mitigating"),
    ACCEPTED("accepted"),
    RESOLVED("resolved");

    private final String fileName;

    RiskState(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public static Optional<RiskState> fromFileName(String name) {
        return Arrays.stream(values()).filter(s -> s.fileName.equals(name)).findFirst();
    }
}
