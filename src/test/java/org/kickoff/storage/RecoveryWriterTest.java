package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Problem;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.Value;

/** The recovery copy follows the edits a moment later, on its own thread, and goes away once saved. */
class RecoveryWriterTest {

    private final Questionnaire mini = Fixtures.mini();
    private final Project base = ProjectFileRoundTripTest.allTypes();
    private final List<Problem> failures = new CopyOnWriteArrayList<>();
    private final List<String> failureThreads = new CopyOnWriteArrayList<>();

    private Project edit(int n) {
        return base.withAnswer("second.story", Answer.answered(new Value.Text("edit " + n)));
    }

    private RecoveryWriter.Snapshot snapshot(int n) {
        return new RecoveryWriter.Snapshot(edit(n), mini, null);
    }

    private RecoveryStore.Draft draft(Path dir) {
        return new RecoveryStore(dir.resolve("recovery"), AppInstance.current("1.0.0")).newDraft();
    }

    private RecoveryWriter writer(RecoveryStore.Draft draft, Duration delay, Duration maxWait) {
        return new RecoveryWriter(draft, delay, maxWait, problem -> {
            failures.add(problem);
            failureThreads.add(Thread.currentThread().getName());
        });
    }

    private static Project copied(RecoveryStore.Draft draft, Path dir) throws Exception {
        return new RecoveryStore(dir.resolve("recovery"), AppInstance.current("1.0.0"))
                .restore(new RecoveryCopy(draft.file(), null, null, "", null));
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }

    @Test
    void theCopyIsWrittenAMomentAfterTheLastEditWithTheLatestWork(@TempDir Path dir) throws Exception {
        RecoveryStore.Draft draft = draft(dir);
        try (RecoveryWriter writer = writer(draft, Duration.ofMillis(300), Duration.ofSeconds(30))) {
            for (int n = 1; n <= 3; n++) {
                writer.scheduleWrite(snapshot(n));
            }
            assertFalse(Files.exists(draft.file()), "nothing is written while the user types");
            assertTrue(eventually(() -> Files.exists(draft.file())));
            assertEquals(edit(3), copied(draft, dir));
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void flushWritesAtOnceAndCloseKeepsTheCopy(@TempDir Path dir) throws Exception {
        RecoveryStore.Draft draft = draft(dir);
        RecoveryWriter writer = writer(draft, Duration.ofHours(1), Duration.ofHours(1));
        writer.scheduleWrite(snapshot(1));
        writer.flush();
        assertEquals(edit(1), copied(draft, dir));
        writer.scheduleWrite(snapshot(2));
        writer.close();
        assertEquals(edit(2), copied(draft, dir));
    }

    @Test
    void typingWithoutAPauseStillGetsACopy(@TempDir Path dir) throws Exception {
        RecoveryStore.Draft draft = draft(dir);
        try (RecoveryWriter writer = writer(draft, Duration.ofMillis(400), Duration.ofMillis(800))) {
            boolean written = false;
            for (int n = 0; n < 150 && !written; n++) {
                writer.scheduleWrite(snapshot(n));
                Thread.sleep(20);
                written = Files.exists(draft.file());
            }
            assertTrue(written, "a copy within the longest wait, though the edits never paused");
        }
    }

    @Test
    void aSaveRemovesTheCopyUnlessTheUserHasEditedSince(@TempDir Path dir) throws Exception {
        RecoveryStore.Draft draft = draft(dir);
        try (RecoveryWriter writer = writer(draft, Duration.ofHours(1), Duration.ofHours(1))) {
            writer.scheduleWrite(snapshot(1));
            writer.flush();
            // the save of edit 1 finishes after the user made edit 2
            writer.scheduleWrite(snapshot(2));
            writer.markSaved(edit(1));
            writer.flush();
            assertEquals(edit(2), copied(draft, dir));
            writer.markSaved(edit(2));
            writer.flush();
            assertFalse(Files.exists(draft.file()));
        }
    }

    @Test
    void clearingDropsThePendingEditAndTheCopy(@TempDir Path dir) throws Exception {
        RecoveryStore.Draft draft = draft(dir);
        try (RecoveryWriter writer = writer(draft, Duration.ofMillis(200), Duration.ofSeconds(1))) {
            writer.scheduleWrite(snapshot(1));
            writer.flush();
            writer.scheduleWrite(snapshot(2));
            writer.clear();
            Thread.sleep(400);
            writer.flush();
            assertFalse(Files.exists(draft.file()));
        }
    }

    @Test
    void aFailureIsReportedFromTheWritersThreadAndTriedAgain(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("recovery"), "a file where the folder should be");
        RecoveryStore.Draft draft = draft(dir);
        try (RecoveryWriter writer = writer(draft, Duration.ofMillis(10), Duration.ofSeconds(1))) {
            writer.scheduleWrite(snapshot(1));
            assertTrue(eventually(() -> !failures.isEmpty()));
            assertEquals("recovery.write-failed", failures.get(0).key());
            assertEquals("kickoff-recovery-writer", failureThreads.get(0));

            Files.delete(dir.resolve("recovery"));
            writer.flush();
            assertEquals(edit(1), copied(draft, dir));
        }
    }
}
