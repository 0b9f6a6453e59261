package org.kickoff.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.kickoff.domain.Problem;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;

/**
 * Writes a project's recovery copy a few seconds after the last edit, on its own daemon thread, so that
 * typing never waits for the disk and a crash costs at most those seconds. While the user keeps typing
 * without a pause, a copy is still written at least every {@code maxWait}. All file work happens on that
 * one thread, in the order asked, so a late write can never bring back a copy that was cleared.
 * The methods may be called from any thread (the JavaFX thread included); only {@link #flush()} and
 * {@link #close()} wait.
 */
public final class RecoveryWriter implements AutoCloseable {

    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(3);

    /** What to write: the project, the questionnaire that orders it, and its file (null while unsaved). */
    public record Snapshot(Project project, Questionnaire questionnaire, Path file) {

        public Snapshot {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(questionnaire, "questionnaire");
        }
    }

    private final RecoveryStore.Draft draft;
    private final long delayNanos;
    private final long maxWaitNanos;
    private final Consumer<Problem> onFailure;
    private final ScheduledExecutorService executor;

    // guarded by this
    private Snapshot latest;
    private boolean pending;
    private long pendingSince;
    private ScheduledFuture<?> timer;

    /** With the default delay of three seconds; failures are passed to {@code onFailure} on the writer's thread. */
    public RecoveryWriter(RecoveryStore.Draft draft, Consumer<Problem> onFailure) {
        this(draft, DEFAULT_DELAY, DEFAULT_DELAY.multipliedBy(10), onFailure);
    }

    /**
     * @param delay     how long after the last edit the copy is written
     * @param maxWait   the longest an edit waits for its copy while edits keep coming
     * @param onFailure told (on the writer's thread) when a copy cannot be written, e.g. a full disk
     */
    public RecoveryWriter(RecoveryStore.Draft draft, Duration delay, Duration maxWait, Consumer<Problem> onFailure) {
        this.draft = draft;
        this.delayNanos = delay.toNanos();
        this.maxWaitNanos = Math.max(delay.toNanos(), maxWait.toNanos());
        this.onFailure = onFailure == null ? problem -> { } : onFailure;
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "kickoff-recovery-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Notes an edit: the snapshot is written after the delay unless a newer one comes first. */
    public synchronized void scheduleWrite(Snapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        long now = System.nanoTime();
        if (!pending) {
            pending = true;
            pendingSince = now;
        }
        latest = snapshot;
        if (timer != null) {
            timer.cancel(false);
        }
        long wait = Math.max(0, Math.min(delayNanos, pendingSince + maxWaitNanos - now));
        timer = executor.schedule(this::writePending, wait, TimeUnit.NANOSECONDS);
    }

    /**
     * Tells that {@code saved} is now on disk: the copy is removed, unless the user has edited since (the
     * copy then holds, or will soon hold, the newer work). Projects are compared by value.
     */
    public void markSaved(Project saved) {
        executor.execute(() -> {
            synchronized (this) {
                if (latest != null && !latest.project().equals(saved)) {
                    return;
                }
                cancelPending();
            }
            clearFile();
        });
    }

    /** Removes the copy and forgets pending edits: the user closed the project without saving, or discarded it. */
    public void clear() {
        synchronized (this) {
            cancelPending();
        }
        executor.execute(this::clearFile);
    }

    /** Writes a pending edit now and waits until it is on disk. */
    public void flush() {
        Future<?> done;
        synchronized (this) {
            if (timer != null) {
                timer.cancel(false);
            }
            done = executor.submit(this::writePending);
        }
        await(done);
    }

    /** Writes a pending edit, then stops the thread. The copy stays: only a save or {@link #clear()} removes it. */
    @Override
    public void close() {
        if (executor.isShutdown()) {
            return;
        }
        flush();
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void cancelPending() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        pending = false;
        latest = null;
    }

    private void writePending() {
        Snapshot snapshot;
        synchronized (this) {
            if (!pending) {
                return;
            }
            pending = false;
            snapshot = latest;
        }
        try {
            draft.write(snapshot.project(), snapshot.questionnaire(), snapshot.file());
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                // written with the next edit; the problem is told once per failed attempt
                if (!pending && latest == snapshot) {
                    pending = true;
                    pendingSince = System.nanoTime();
                }
            }
            onFailure.accept(problem(e));
        }
    }

    private void clearFile() {
        try {
            draft.clear();
        } catch (IOException e) {
            onFailure.accept(problem(e));
        }
    }

    private Problem problem(Exception e) {
        return Problem.at(draft.file().toString(), "recovery.write-failed", String.valueOf(e.getMessage()));
    }

    private static void await(Future<?> done) {
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // writePending reports its own failures; nothing else can fail here
        }
    }
}
