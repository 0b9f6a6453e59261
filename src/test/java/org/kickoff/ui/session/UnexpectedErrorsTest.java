package org.kickoff.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Value;
import org.kickoff.i18n.Messages;
import org.kickoff.storage.AppInstance;
import org.kickoff.storage.ProjectFiles;
import org.kickoff.storage.RecoveryStore;
import org.kickoff.ui.FakePrompts;
import org.kickoff.ui.TestDocuments;
import org.kickoff.ui.common.Background;

class UnexpectedErrorsTest {

    @TempDir
    Path dir;

    private final FakePrompts prompts = new FakePrompts();

    @Test
    void anUnexpectedErrorSavesTheWorkFirstThenTellsOncePerBurst() throws Exception {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"), AppInstance.current("test"));
        FileGuard guard = new FileGuard(null, store, problem -> { });
        ProjectDocument document = new ProjectDocument(new ProjectDocument.Services(Fixtures.mini(), new ProjectFiles(),
                Background.direct(), prompts, TestDocuments.CLOCK, guard), Messages.forLanguage("en"));
        document.newProject();
        document.setAnswer("second.story", Answer.answered(new Value.Text("typed before the crash")));
        assertEquals(0, copies(), "the copy waits a few seconds after an edit");

        MutableClock clock = new MutableClock();
        UnexpectedErrors errors = new UnexpectedErrors(guard, prompts, () -> Messages.forLanguage("en"),
                Optional.of(dir.resolve("logs/kickoff-0.log")), clock);
        errors.handle(new IllegalStateException("a bug"));

        assertEquals(1, copies(), "the work is in its recovery copy at once");
        try (var files = Files.list(dir.resolve("recovery"))) {
            assertTrue(Files.readString(files.filter(f -> f.toString().endsWith(".recovery.json")).findFirst()
                    .orElseThrow()).contains("typed before the crash"));
        }
        assertEquals(1, prompts.errors.size());
        assertTrue(prompts.errors.get(0).contains("Your unsaved work is safe in a recovery copy"), prompts.errors.get(0));
        assertTrue(prompts.errors.get(0).contains(dir.resolve("logs/kickoff-0.log").toString()), "says where the log is");

        errors.handle(new IllegalStateException("the same bug, next frame"));
        assertEquals(1, prompts.errors.size(), "a burst is told once");
        clock.advance(UnexpectedErrors.QUIET.plusSeconds(1));
        errors.handle(new IllegalStateException("later"));
        assertEquals(2, prompts.errors.size());
        guard.shutdown();
    }

    private long copies() throws java.io.IOException {
        Path folder = dir.resolve("recovery");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".recovery.json")).count();
        }
    }

    @Test
    void theLogIsOneLinePerRecordWithControlCharactersEscaped() throws Exception {
        Path log = org.kickoff.storage.LogFile.install(dir.resolve("logs")).orElseThrow();
        System.getLogger("org.kickoff.test").log(System.Logger.Level.WARNING, "from a file: \u001b[2J\nforged line",
                new IllegalStateException("boom"));
        for (var handler : java.util.logging.Logger.getLogger("").getHandlers()) {
            handler.flush();
        }
        String text = Files.readString(log);
        for (var handler : java.util.logging.Logger.getLogger("").getHandlers()) {
            if (handler instanceof java.util.logging.FileHandler) {
                java.util.logging.Logger.getLogger("").removeHandler(handler);
                handler.close();
            }
        }
        assertEquals(1, text.lines().filter(l -> l.contains("org.kickoff.test")).count(), text);
        assertTrue(text.contains("\\u001b[2J\\u000aforged line"), text);
        assertTrue(text.contains("IllegalStateException: boom"));
        if (Files.getFileStore(log).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(log)));
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(log.getParent())));
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
