package org.kickoff.storage;

import org.kickoff.domain.Problem;

/** The outcome of trying to lock a project file. */
public sealed interface LockResult permits LockResult.Acquired, LockResult.HeldByOther, LockResult.NotPossible {

    /** The lock is ours; release it when the project is closed. */
    record Acquired(ProjectLock lock) implements LockResult {
    }

    /**
     * Someone else has the file open: ask whether to open it read-only (take no lock) or anyway
     * ({@link ProjectLocks#acquireAnyway}).
     */
    record HeldByOther(LockOwner owner) implements LockResult {
    }

    /**
     * No lock file could be made (a read-only folder, say). The project can still be opened and saved;
     * others are just not told that it is open.
     */
    record NotPossible(Problem problem) implements LockResult {
    }
}
