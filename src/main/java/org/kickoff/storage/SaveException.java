package org.kickoff.storage;

import java.nio.file.Path;
import org.kickoff.domain.ProblemException;

/**
 * A save that did not happen. The file on disk is as it was before, no temporary file is left, and the
 * project in memory is unchanged, so the user can free space or choose another place (Save As).
 */
public final class SaveException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final SaveFailure reason;
    private final transient Path file;

    SaveException(Path file, long size, Throwable cause) {
        this(file, SaveFailure.classify(cause, file, size), cause);
    }

    private SaveException(Path file, SaveFailure reason, Throwable cause) {
        super(reason.problem(file, cause));
        this.reason = reason;
        this.file = file;
        initCause(cause);
    }

    public SaveFailure reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
