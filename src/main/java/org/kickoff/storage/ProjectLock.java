package org.kickoff.storage;

import java.nio.file.Path;

/** A lock this Kickoff holds on a project file. Releasing it removes the lock file, if it is still ours. */
public final class ProjectLock implements AutoCloseable {

    private final ProjectLocks locks;
    private final Path project;
    private final Path file;
    private final LockOwner owner;
    private volatile boolean released;
    private volatile boolean lost;

    ProjectLock(ProjectLocks locks, Path project, Path file, LockOwner owner) {
        this.locks = locks;
        this.project = project;
        this.file = file;
        this.owner = owner;
    }

    /** The project file this lock is for. */
    public Path project() {
        return project;
    }

    /** The lock file beside it. */
    public Path file() {
        return file;
    }

    public LockOwner owner() {
        return owner;
    }

    /** Whether another Kickoff has taken the lock over (it thought ours stale, or was told to open anyway). */
    public boolean isLost() {
        return lost;
    }

    public boolean isReleased() {
        return released;
    }

    void markLost() {
        lost = true;
    }

    /** Removes the lock file if it is still ours; a lock taken over by another is left to it. */
    public void release() {
        if (!released) {
            released = true;
            locks.release(this);
        }
    }

    @Override
    public void close() {
        release();
    }
}
