package org.kickoff.storage;

import java.util.Optional;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;

/**
 * A project file that passed the one check every command and the window apply ({@link FileValidator}):
 * what it holds, the questionnaire its answers were checked against (empty when it answers a version of
 * the built-in questionnaire this Kickoff does not have; opening it upgrades it) and the fingerprint of
 * the bytes it was read from.
 */
public record CheckedProject(ProjectFile file, Optional<Questionnaire> answered, FileFingerprint fingerprint) {

    public Project project() {
        return file.project();
    }
}
