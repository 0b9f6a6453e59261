package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kickoff.Fixtures;
import org.kickoff.domain.Project;

/** A project open elsewhere is announced by a lock file; stale and damaged locks are taken over silently. */
class ProjectLocksTest {

    private final AppInstance me = AppInstance.current("2.1.0");
    private final ProjectLocks locks = new ProjectLocks(me);

    private static Path project(Path dir) throws Exception {
        return Files.writeString(dir.resolve("parcels.kickoff"), "{}");
    }

    private static ProjectLock acquired(LockResult result) {
        return assertInstanceOf(LockResult.Acquired.class, result, result::toString).lock();
    }

    private static LockOwner heldBy(LockResult result) {
        return assertInstanceOf(LockResult.HeldByOther.class, result, result::toString).owner();
    }

    @Test
    void aLockIsAHiddenFileBesideTheProjectSayingWhoAndSince(@TempDir Path dir) throws Exception {
        Path file = project(dir);
        ProjectLock lock = acquired(locks.acquire(file));
        Path lockFile = dir.resolve(".~parcels.kickoff.lock");
        assertEquals(lockFile, lock.file());
        String json = Files.readString(lockFile);
        for (String expected : List.of("\"user\": \"" + me.user() + "\"", "\"host\": \"" + me.host() + "\"",
                "\"pid\": " + me.pid(), "\"since\": \"", "\"appVersion\": \"2.1.0\"")) {
            assertTrue(json.contains(expected), json);
        }
        lock.release();
        assertFalse(Files.exists(lockFile));
        try (Stream<Path> list = Files.list(dir)) {
            assertEquals(List.of(file), list.toList());
        }
    }

    @Test
    void aSecondKickoffIsToldWhoHasItOpenAndStillSaves(@TempDir Path dir) throws Exception {
        Path file = project(dir);
        ProjectLock lock = acquired(new ProjectLocks(Processes.otherRunningHere("mira-window")).acquire(file));
        LockOwner owner = heldBy(locks.acquire(file));
        assertEquals("mira", owner.user());
        assertEquals(me.host(), owner.host());
        assertEquals("1.0.0", owner.appVersion());
        assertEquals(lock.owner().since(), owner.since());
        assertEquals(Optional.of(owner), locks.holder(file));

        // opened read-only (no lock) or anyway: saving is not stopped by someone else's lock
        String before = Files.readString(lock.file());
        Project project = ProjectFileRoundTripTest.allTypes();
        new ProjectFiles().save(file, project, Fixtures.mini());
        assertEquals(project, new ProjectFiles().open(file));
        assertEquals(before, Files.readString(lock.file()));

        lock.release();
        assertEquals(Optional.empty(), locks.holder(file));
        acquired(locks.acquire(file)).release();
    }

    @Test
    void aLockOfACrashedKickoffOnThisMachineIsStale(@TempDir Path dir) throws Exception {
        Path file = project(dir);
        acquired(new ProjectLocks(Processes.crashedHere("crashed")).acquire(file));
        assertEquals(Optional.empty(), locks.holder(file));
        ProjectLock lock = acquired(locks.acquire(file));
        assertTrue(ProjectLocks.read(lock.file()).orElseThrow().isInstance(me));
    }

    @Test
    void aProcessIdReusedByAnotherProcessDoesNotKeepALockAlive(@TempDir Path dir) throws Exception {
        Path file = project(dir);
        acquired(new ProjectLocks(Processes.crashedWithReusedPid("crashed")).acquire(file));
        acquired(locks.acquire(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "garbage", "{\"format\": \"kickoff-lo", "[1, 2]",
        "{\"format\": \"kickoff-lock\"}",
        "{\"format\": \"kickoff-lock\", \"since\": 5}", "{\"format\": \"kickoff-lock\", \"since\": \"yesterday\"}",
        "{\"format\": \"other\", \"since\": \"2026-11-29T10:00:00Z\"}", "DEEP", "HUGE", "\u00ff\u00fe"})
    void aDamagedLockIsStale(String content, @TempDir Path dir) throws Exception {
        Path file = project(dir);
        byte[] bytes = switch (content) {
            case "DEEP" -> "[".repeat(100_000).getBytes(StandardCharsets.UTF_8);
            case "HUGE" -> ("{\"format\": \"kickoff-lock\", \"user\": \"" + "x".repeat(2_000_000) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            case "\u00ff\u00fe" -> new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0};
            default -> content.getBytes(StandardCharsets.UTF_8);
        };
        Files.write(ProjectLocks.lockFileOf(file), bytes);
        assertEquals(Optional.empty(), locks.holder(file));
        ProjectLock lock = acquired(locks.acquire(file));
        assertTrue(ProjectLocks.read(lock.file()).orElseThrow().isInstance(me));
    }

    @Test
    void aLockFromAnotherMachineIsStaleOnlyWhenItHasNotBeenRefreshedForAnHour(@TempDir Path dir) throws Exception {
        Path file = project(dir);
        MutableClock clock = new MutableClock(Instant.now());
        ProjectLocks luis = new ProjectLocks(Processes.elsewhere("luis"), clock, ProjectLocks.STALE_AFTER,
                Duration.ofDays(1));
        ProjectLock theirs = acquired(luis.acquire(file));
        ProjectLocks here = new ProjectLocks(me, clock, ProjectLocks.STALE_AFTER, Duration.ofDays(1));
        clock.advance(Duration.ofMinutes(50));
        assertEquals("luis-laptop", heldBy(here.acquire(file)).host());
        luis.refreshAll();
        clock.advance(Duration.ofMinutes(50));
        assertEquals("luis", heldBy(here.acquire(file)).user());
        clock.advance(Duration.ofMinutes(20));
        ProjectLock ours = acquired(here.acquire(file));

        // when Luis's laptop wakes up, it learns that the lock is no longer its own and leaves it alone
        luis.refreshAll();
        assertTrue(theirs.isLost());
        theirs.release();
        assertTrue(ProjectLocks.read(ours.file()).orElseThrow().isInstance(me));
    }

    @Test
    void openingAnywayTakesTheLockAndReleaseRemovesOnlyOurOwn(@TempDir Path dir) throws Exception {
        Path file = project(dir);
        ProjectLock first = acquired(new ProjectLocks(Processes.otherRunningHere("first")).acquire(file));
        ProjectLock second = acquired(locks.acquireAnyway(file));
        first.release();
        assertTrue(Files.exists(second.file()), "the first must not remove the second's lock");
        second.release();
        assertFalse(Files.exists(second.file()));
    }

    @Test
    void closingReleasesEveryLock(@TempDir Path dir) throws Exception {
        Path a = project(dir);
        Path b = Files.writeString(dir.resolve("b.kickoff"), "{}");
        ProjectLocks own = new ProjectLocks(me);
        acquired(own.acquire(a));
        acquired(own.acquire(b));
        own.close();
        assertFalse(Files.exists(ProjectLocks.lockFileOf(a)));
        assertFalse(Files.exists(ProjectLocks.lockFileOf(b)));
    }

    @Test
    void whereNoLockCanBeMadeTheProjectStillOpens(@TempDir Path dir) {
        LockResult result = locks.acquire(dir.resolve("unplugged/p.kickoff"));
        LockResult.NotPossible notPossible = assertInstanceOf(LockResult.NotPossible.class, result);
        assertEquals("lock.not-possible", notPossible.problem().key());
    }

    @Test
    void aReadOnlyFolderGivesNoLockButNoError(@TempDir Path dir) throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes into read-only folders");
        Path folder = Files.createDirectory(dir.resolve("shared"));
        Path file = project(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        try {
            assertInstanceOf(LockResult.NotPossible.class, locks.acquire(file));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
