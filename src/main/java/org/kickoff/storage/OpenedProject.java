package org.kickoff.storage;

import org.kickoff.domain.Project;

/** A project file as read (with any embedded questionnaire), with the fingerprint of the bytes it was read from. */
public record OpenedProject(ProjectFile file, FileFingerprint fingerprint) {

    public Project project() {
        return file.project();
    }
}
