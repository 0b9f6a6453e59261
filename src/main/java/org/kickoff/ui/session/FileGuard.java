package org.kickoff.ui.session;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.kickoff.domain.Problem;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.storage.FileFingerprint;
import org.kickoff.storage.LockResult;
import org.kickoff.storage.ProjectLock;
import org.kickoff.storage.ProjectLocks;
import org.kickoff.storage.RecoveryCopy;
import org.kickoff.storage.RecoveryStore;
import org.kickoff.storage.RecoveryWriter;

/**
 * What guards the open project's file: the lock beside it (others are told it is open), the fingerprint of
 * what it held when it was opened or saved (someone else's change is noticed), and the recovery copy written
 * a few seconds after each edit (a crash costs nothing). The methods that touch files run on a background
 * thread; either service may be absent (tests without them).
 */
public final class FileGuard {

    /** No lock files, no recovery copies (but a fingerprint check): for tests that are about something else. */
    public static FileGuard withoutFiles() {
        return new FileGuard(null, null, problem -> { });
    }

    private final ProjectLocks locks;
    private final RecoveryStore recovery;
    private final Consumer<Problem> onRecoveryFailure;
    private ProjectLock lock;
    private FileFingerprint fingerprint;
    private RecoveryWriter writer;
    private RecoveryCopy restoredFrom;

    public FileGuard(ProjectLocks locks, RecoveryStore recovery, Consumer<Problem> onRecoveryFailure) {
        this.locks = locks;
        this.recovery = recovery;
        this.onRecoveryFailure = onRecoveryFailure;
    }

    /** Tries to lock the file; without lock files it is simply ours. */
    synchronized LockResult lock(Path file) {
        if (lock != null && !lock.isReleased() && lock.project().equals(file)) {
            // reloading the file this window already has open: the lock is ours already
            return new LockResult.Acquired(lock);
        }
        return locks == null ? new LockResult.NotPossible(null) : locks.acquire(file);
    }

    /** Takes the file over although someone else has it open. */
    synchronized LockResult lockAnyway(Path file) {
        return locks == null ? new LockResult.NotPossible(null) : locks.acquireAnyway(file);
    }

    /** Now guarding this file (or none, for a new or read-only project); lets go of the previous one. */
    synchronized void guard(LockResult result, FileFingerprint opened) {
        ProjectLock next = result instanceof LockResult.Acquired acquired ? acquired.lock() : null;
        if (next != lock) {
            releaseLock();
        }
        lock = next;
        fingerprint = opened;
        startRecovery();
    }

    synchronized void saved(FileFingerprint written, Project savedProject) {
        fingerprint = written;
        if (writer != null) {
            writer.markSaved(savedProject);
        }
        discardRestoredCopy();
    }

    /** Whether the file now holds something other than what Kickoff last read or wrote. */
    synchronized Optional<FileFingerprint.Change> changeOnDisk(Path file) {
        if (fingerprint == null || file == null) {
            return Optional.empty();
        }
        FileFingerprint.Change change = fingerprint.changedOnDisk(file);
        return change.needsAttention() ? Optional.of(change) : Optional.empty();
    }

    /** Notes an edit: the recovery copy follows a few seconds later, off the JavaFX thread. */
    synchronized void edited(Project project, Questionnaire questionnaire, Path file) {
        if (writer != null) {
            writer.scheduleWrite(new RecoveryWriter.Snapshot(project, questionnaire, file));
        }
    }

    /** The project is closed (or replaced) on purpose: its lock and recovery copy go. */
    synchronized void closed() {
        releaseLock();
        fingerprint = null;
        if (writer != null) {
            writer.clear();
            writer.close();
            writer = null;
        }
        discardRestoredCopy();
    }

    /** Remembers the copy a restored project came from; it is discarded once the work is safe elsewhere. */
    synchronized void restoredFrom(RecoveryCopy copy) {
        restoredFrom = copy;
    }

    public Optional<RecoveryStore> recovery() {
        return Optional.ofNullable(recovery);
    }

    private void startRecovery() {
        if (writer != null) {
            writer.clear();
            writer.close();
        }
        writer = recovery == null ? null : new RecoveryWriter(recovery.newDraft(), onRecoveryFailure);
    }

    private void discardRestoredCopy() {
        if (restoredFrom != null && recovery != null) {
            recovery.discard(restoredFrom);
        }
        restoredFrom = null;
    }

    private void releaseLock() {
        if (lock != null) {
            lock.release();
            lock = null;
        }
    }

    /** Writes the recovery copy of the latest unsaved edit now (something unexpected went wrong). */
    public synchronized void writeRecoveryNow() {
        if (writer != null) {
            writer.flush();
        }
    }

    /** Releases everything at exit; unsaved work keeps its recovery copy (the user chose not to save). */
    public synchronized void shutdown() {
        releaseLock();
        if (writer != null) {
            writer.flush();
            writer.close();
        }
        if (locks != null) {
            locks.close();
        }
    }
}
