package org.kickoff.storage;

import java.util.Optional;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;

/**
 * A project as read from its file, with what the file says about the questionnaire it answers: the
 * fingerprint recorded when it was saved (empty in files before format 1.1) and the embedded copy of the
 * questionnaire (absent when it was this Kickoff's built-in one, and in files before 1.1). The copy has
 * been checked like any questionnaire file.
 */
public record ProjectFile(Project project, String fingerprint, Optional<Questionnaire> embedded) {

    public ProjectFile {
        fingerprint = fingerprint == null ? "" : fingerprint;
    }
}
