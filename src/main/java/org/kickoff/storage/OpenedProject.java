package org.kickoff.storage;

import org.kickoff.domain.Project;

/** A project as read from its file, with the fingerprint of the bytes it was read from. */
public record OpenedProject(Project project, Fingerprint fingerprint) {
}
