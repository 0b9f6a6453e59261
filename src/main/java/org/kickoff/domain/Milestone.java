package org.kickoff.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named, dated snapshot of a project's answers and risk register ("Kickoff workshop", "Architecture
 * review"), to see later what changed since. In memory a milestone holds the whole snapshot (unchanged
 * answers are the same objects as the project's, so it costs little); the file stores only what differs
 * from the next newer state.
 */
public record Milestone(String name, Instant at, Map<String, Answer> answers, Map<String, RiskEntry> register,
                        UnknownFields unknown) {

    /** Names are for people and the command line: short, and unique within a project. */
    public static final int MAX_NAME = 100;

    public Milestone {
        name = name == null ? "" : name;
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        register = Collections.unmodifiableMap(new LinkedHashMap<>(register));
        unknown = unknown == null ? UnknownFields.NONE : unknown;
    }

    /** The project's answers and register as they are now, under a name. */
    public static Milestone of(String name, Instant at, Project project) {
        return new Milestone(name.strip(), at, project.answers(), project.register(), UnknownFields.NONE);
    }

    /** The project as it was at this milestone: its answers and register, the rest as it is now. */
    public Project asProject(Project current) {
        return current.withAnswers(answers).withRegister(register);
    }

    /** Whether the name can be a milestone's: not blank, at most {@link #MAX_NAME} characters, one line. */
    public static boolean isValidName(String name) {
        return name != null && !name.isBlank() && name.strip().length() <= MAX_NAME && !name.contains("\n")
                && !name.contains("\r");
    }
}
