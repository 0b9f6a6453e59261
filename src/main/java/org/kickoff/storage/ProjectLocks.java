package org.kickoff.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;

/**
 * Lock files that tell a second user that a project is already open, and by whom: a small hidden JSON
 * file beside the project ({@code .~parcels.kickoff.lock}) with user, machine, process, since when and the
 * Kickoff version. The lock is advisory: it informs, the user decides (open read-only, or anyway).
 *
 * <p>A lock is stale, and silently taken over, when
 * <ul>
 *   <li>its content is damaged or not a Kickoff lock;</li>
 *   <li>it was made on this machine by a process that is no longer running (or whose id now belongs to a
 *       process started at another time);</li>
 *   <li>it was made on another machine (whose processes cannot be seen from here) and has not been
 *       refreshed for {@link #STALE_AFTER}: a running Kickoff refreshes its locks every
 *       {@link #REFRESH_EVERY}, so only a crashed (or long asleep) one lets a lock age.</li>
 * </ul>
 * Locks never stand in the way of saving: a lock that cannot be made (a read-only folder) is reported
 * as {@link LockResult.NotPossible} and the project opens as usual.
 */
public final class ProjectLocks implements AutoCloseable {

    public static final String FORMAT = "kickoff-lock";
    public static final Duration STALE_AFTER = Duration.ofHours(1);
    public static final Duration REFRESH_EVERY = Duration.ofMinutes(10);

    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT)
            .contains("win");

    private final AppInstance instance;
    private final Clock clock;
    private final Duration staleAfter;
    private final Duration refreshEvery;
    private final Set<ProjectLock> held = ConcurrentHashMap.newKeySet();
    // guarded by this; started with the first lock
    private ScheduledExecutorService refresher;

    public ProjectLocks(AppInstance instance) {
        this(instance, Clock.systemUTC(), STALE_AFTER, REFRESH_EVERY);
    }

    public ProjectLocks(AppInstance instance, Clock clock, Duration staleAfter, Duration refreshEvery) {
        this.instance = instance;
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.refreshEvery = refreshEvery;
    }

    /** The lock file of a project: hidden, beside it. */
    public static Path lockFileOf(Path project) {
        Path absolute = project.toAbsolutePath();
        return absolute.resolveSibling(".~" + absolute.getFileName() + ".lock");
    }

    /** Locks the project unless someone else holds a live lock. Does file I/O: call it off the JavaFX thread. */
    public LockResult acquire(Path project) {
        return acquire(project, false);
    }

    /** Locks the project even when someone else holds it: the user chose to open it anyway. */
    public LockResult acquireAnyway(Path project) {
        return acquire(project, true);
    }

    /** Who holds a live lock on the project, if anyone; for a project opened read-only, which takes no lock. */
    public Optional<LockOwner> holder(Path project) {
        Path lockFile = lockFileOf(project);
        return read(lockFile).filter(owner -> !isStale(owner, lockFile));
    }

    /** Releases every lock still held and stops refreshing; for the end of the application. */
    @Override
    public void close() {
        for (ProjectLock lock : List.copyOf(held)) {
            lock.release();
        }
        synchronized (this) {
            if (refresher != null) {
                refresher.shutdownNow();
                refresher = null;
            }
        }
    }

    private LockResult acquire(Path project, boolean anyway) {
        Path absolute = project.toAbsolutePath();
        Path lockFile = lockFileOf(absolute);
        Instant now = clock.instant();
        LockOwner me = LockOwner.of(instance, now, now);
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                if (createNew(lockFile, content(me))) {
                    return acquired(absolute, lockFile, me);
                }
                Optional<LockOwner> existing = read(lockFile);
                if (existing.isPresent() && !anyway && !isStale(existing.get(), lockFile)) {
                    return new LockResult.HeldByOther(existing.get());
                }
                if (!Files.exists(lockFile)) {
                    // released while we looked: try to create it again
                    continue;
                }
                AtomicFile.write(lockFile, content(me));
                hide(lockFile);
                Optional<LockOwner> check = read(lockFile);
                if (check.isPresent() && check.get().isInstance(instance)) {
                    return acquired(absolute, lockFile, me);
                }
                // another Kickoff took over the stale lock at the same moment: look again
            }
            Optional<LockOwner> other = read(lockFile);
            if (other.isPresent()) {
                return new LockResult.HeldByOther(other.get());
            }
            return notPossible(lockFile, "the lock file keeps changing");
        } catch (IOException | RuntimeException e) {
            return notPossible(lockFile, String.valueOf(e.getMessage()));
        }
    }

    private static LockResult notPossible(Path lockFile, String detail) {
        return new LockResult.NotPossible(Problem.at(lockFile.toString(), "lock.not-possible",
                lockFile.getParent(), detail));
    }

    private LockResult acquired(Path project, Path lockFile, LockOwner me) {
        ProjectLock lock = new ProjectLock(this, project, lockFile, me);
        held.add(lock);
        startRefreshing();
        return new LockResult.Acquired(lock);
    }

    /**
     * Creates the lock file only if there is none, with its whole content at once: written beside it and
     * hard-linked into place (a link fails if the name exists, also on network shares), so that no one
     * ever reads a half-written lock. Where links are not supported, the file is created directly.
     */
    private static boolean createNew(Path lockFile, byte[] content) throws IOException {
        Path temp = AtomicFile.temporaryFor(lockFile);
        try {
            Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            hide(temp);
            try {
                Files.createLink(lockFile, temp);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | FileSystemException e) {
                try {
                    Files.write(lockFile, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    hide(lockFile);
                    return true;
                } catch (FileAlreadyExistsException exists) {
                    return false;
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    boolean isStale(LockOwner owner, Path lockFile) {
        if (owner.isInstance(instance)) {
            return false;
        }
        if (instance.sameHost(owner.host())) {
            return !AppInstance.isRunning(owner.pid(), owner.processStart());
        }
        Instant last = owner.refreshed() != null ? owner.refreshed() : owner.since();
        try {
            Instant modified = Files.getLastModifiedTime(lockFile).toInstant();
            last = last == null || modified.isAfter(last) ? modified : last;
        } catch (IOException e) {
            // the time in the file must do
        }
        return last == null || last.plus(staleAfter).isBefore(clock.instant());
    }

    void release(ProjectLock lock) {
        held.remove(lock);
        Optional<LockOwner> current = read(lock.file());
        if (current.isPresent() && current.get().isInstance(instance)) {
            try {
                Files.deleteIfExists(lock.file());
            } catch (IOException e) {
                // a lock left behind is recognised as stale by the next Kickoff on this machine
            }
        }
    }

    private synchronized void startRefreshing() {
        if (refresher != null) {
            return;
        }
        refresher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "kickoff-lock-refresher");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1, refreshEvery.toMillis());
        refresher.scheduleWithFixedDelay(this::refreshAll, every, every, TimeUnit.MILLISECONDS);
    }

    /** Tells other machines that our locks are alive; notes the ones another Kickoff has taken over. */
    void refreshAll() {
        for (ProjectLock lock : List.copyOf(held)) {
            Optional<LockOwner> current = read(lock.file());
            if (current.isEmpty() || !current.get().isInstance(instance)) {
                lock.markLost();
                held.remove(lock);
                continue;
            }
            try {
                AtomicFile.write(lock.file(), content(LockOwner.of(instance, lock.owner().since(), clock.instant())));
                hide(lock.file());
            } catch (IOException | RuntimeException e) {
                // tried again next time; the lock only ages meanwhile
            }
        }
    }

    private static byte[] content(LockOwner owner) {
        return PrettyJson.write(g -> {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("formatVersion", 1);
            g.writeStringField("user", owner.user());
            g.writeStringField("host", owner.host());
            g.writeNumberField("pid", owner.pid());
            if (owner.processStart() != null) {
                g.writeStringField("processStart", owner.processStart().toString());
            }
            g.writeStringField("session", owner.session());
            g.writeStringField("since", owner.since().toString());
            g.writeStringField("refreshed", owner.refreshed().toString());
            g.writeStringField("appVersion", owner.appVersion());
            g.writeEndObject();
        });
    }

    /** The lock's owner, or empty when there is no lock file or it is damaged (and so stale). */
    static Optional<LockOwner> read(Path lockFile) {
        try {
            JsonNode tree = JsonSource.parse(JsonSource.readBytes(lockFile, JsonLimits.LOCK), JsonLimits.LOCK);
            JsonObject root = JsonObject.of(tree, "$");
            if (!FORMAT.equals(root.string("format", ""))) {
                return Optional.empty();
            }
            Instant since = time(root, "since");
            if (since == null) {
                return Optional.empty();
            }
            return Optional.of(new LockOwner(root.string("user", ""), root.string("host", ""),
                    root.number("pid").map(BigDecimal::longValue).orElse(0L), time(root, "processStart"),
                    root.string("session", ""), since, time(root, "refreshed"), root.string("appVersion", "")));
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }

    private static Instant time(JsonObject node, String field) throws ProblemException {
        String text = node.string(field, null);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ProblemException(Problem.at(node.at(field), "json.expected-time", text));
        }
    }

    private static void hide(Path file) {
        try {
            if (WINDOWS) {
                Files.setAttribute(file, "dos:hidden", true);
            }
        } catch (IOException | RuntimeException e) {
            // the leading dot hides it elsewhere; a visible lock file is only untidy
        }
    }
}
