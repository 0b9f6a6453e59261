package org.kickoff.domain;

import java.util.Arrays;
import java.util.Optional;

/** How serious a finding is; declared from the most to the least serious. */
public enum RiskLevel {
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low");

    private final String fileName;

    RiskLevel(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public static Optional<RiskLevel> fromFileName(String name) {
        return Arrays.stream(values()).filter(l -> l.fileName.equals(name)).findFirst();
    }
}
