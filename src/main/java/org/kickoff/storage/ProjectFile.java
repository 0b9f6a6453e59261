package org.kickoff.storage;

import java.util.Optional;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;

/**
 * A project as read from its file, with what the file says about the questionnaire it answers: the
 * fingerprint recorded when it was saved (empty in files before format 1.1) and the embedded copy of the
 * questionnaire (absent when it was this Kickoff's built-in one, and in files before 1.1). The copy has
 * been checked like any questionnaire file. {@code milestonesInexact} says that the answers were changed
 * by a Kickoff that does not know milestones after they were recorded: the milestones are stored as what
 * differs from the answers of their time, so what changed in between shows as unchanged.
 */
public record ProjectFile(Project project, String fingerprint, Optional<Questionnaire> embedded,
                          boolean milestonesInexact) {

    public ProjectFile {
        fingerprint = fingerprint == null ? "" : fingerprint;
    }

    public ProjectFile(Project project, String fingerprint, Optional<Questionnaire> embedded) {
        this(project, fingerprint, embedded, false);
    }
}
