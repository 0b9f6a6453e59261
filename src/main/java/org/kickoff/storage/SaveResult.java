package org.kickoff.storage;

import java.nio.file.Path;
import java.util.List;
import org.kickoff.domain.Problem;

/**
 * A save that happened: where the file is, its fingerprint (to notice later changes by others) and
 * warnings that did not stop the save, such as a backup that could not be made.
 */
public record SaveResult(Path file, FileFingerprint fingerprint, List<Problem> warnings) {

    public SaveResult {
        warnings = List.copyOf(warnings);
    }
}
