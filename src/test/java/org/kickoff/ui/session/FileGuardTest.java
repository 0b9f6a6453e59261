package org.kickoff.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Problem;
import org.kickoff.domain.Project;
import org.kickoff.domain.Value;
import org.kickoff.storage.AppInstance;
import org.kickoff.storage.FileFingerprint;
import org.kickoff.storage.LockResult;
import org.kickoff.storage.ProjectLocks;
import org.kickoff.storage.RecoveryStore;

/** The guard of the open file, directly: lock, someone else's change, recovery copy, release. */
class FileGuardTest {

    @TempDir
    Path dir;

    private final List<Problem> failures = new ArrayList<>();
    private FileGuard guard;

    private FileGuard guard() {
        AppInstance me = AppInstance.current("test");
        guard = new FileGuard(new ProjectLocks(me), new RecoveryStore(dir.resolve("recovery"), me), failures::add);
        return guard;
    }

    @AfterEach
    void shutdown() {
        if (guard != null) {
            guard.shutdown();
        }
    }

    private long recoveryCopies() throws Exception {
        if (!Files.isDirectory(dir.resolve("recovery"))) {
            return 0;
        }
        try (var files = Files.list(dir.resolve("recovery"))) {
            return files.filter(f -> f.toString().endsWith(".recovery.json")).count();
        }
    }

    @Test
    void theFileIsLockedWhileGuardedAndReleasedWhenClosed() throws Exception {
        Path file = Files.writeString(dir.resolve("p.kickoff"), "{}");
        FileGuard guard = guard();
        LockResult lock = guard.lock(file);
        assertInstanceOf(LockResult.Acquired.class, lock);
        guard.guard(lock, FileFingerprint.of(file));
        assertTrue(Files.exists(ProjectLocks.lockFileOf(file)), "others see that it is open");
        assertInstanceOf(LockResult.Acquired.class, guard.lock(file), "reloading our own file keeps our lock");
        guard.closed();
        assertFalse(Files.exists(ProjectLocks.lockFileOf(file)));
    }

    @Test
    void someoneElsesChangeIsNoticedAndOurOwnSaveIsNot() throws Exception {
        Path file = Files.writeString(dir.resolve("p.kickoff"), "{\"a\": 1}");
        FileGuard guard = guard();
        guard.guard(guard.lock(file), FileFingerprint.of(file));
        assertTrue(guard.changeOnDisk(file).isEmpty());
        Files.writeString(file, "{\"a\": 2}");
        assertTrue(guard.changeOnDisk(file).isPresent(), "a colleague saved over it");
        guard.saved(FileFingerprint.of(file), null);
        assertTrue(guard.changeOnDisk(file).isEmpty(), "after our own save it is ours again");
    }

    @Test
    void anEditGetsARecoveryCopyThatASaveRemoves() throws Exception {
        FileGuard guard = guard();
        guard.guard(new LockResult.NotPossible(null), null);
        Project project = Project.create("P", Fixtures.mini().ref(), null)
                .withAnswer("second.story", Answer.answered(new Value.Text("unsaved")));
        guard.edited(project, Fixtures.mini(), null);
        guard.writeRecoveryNow();
        assertEquals(1, recoveryCopies());
        guard.saved(FileFingerprint.of(new byte[0]), project);
        guard.writeRecoveryNow();
        for (int i = 0; i < 50 && recoveryCopies() > 0; i++) {
            Thread.sleep(20);
        }
        assertEquals(0, recoveryCopies(), "saved work needs no copy");
        assertTrue(failures.isEmpty(), failures.toString());
    }
}
