package org.kickoff.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.kickoff.domain.Problem;

/**
 * Unsaved work left by a Kickoff that ended without saving (a crash, a kill, a power cut).
 *
 * @param path        the recovery copy itself
 * @param original    the project file it belongs to; null for a new project that was never saved
 * @param saved       when the copy was written
 * @param projectName the project's name, for the user to recognise it
 * @param damage      why the copy cannot be restored, or null when it can
 */
public record RecoveryCopy(Path path, Path original, Instant saved, String projectName, Problem damage) {

    public RecoveryCopy {
        projectName = projectName == null ? "" : projectName;
    }

    public Optional<Path> originalFile() {
        return Optional.ofNullable(original);
    }

    public boolean isDamaged() {
        return damage != null;
    }
}
