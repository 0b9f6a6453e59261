package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.Value;
import org.kickoff.i18n.Messages;

/** Before a save replaces a file, its previous version is kept in the application-data folder. */
class BackupsTest {

    private final Questionnaire mini = Fixtures.mini();
    private final Project project = ProjectFileRoundTripTest.allTypes();

    /** A clock that moves on a second each time it is read, so every save has its own time. */
    private static final class Ticking extends Clock {
        private Instant now = Instant.parse("2026-11-29T21:13:37.123Z");

        @Override
        public Instant instant() {
            Instant current = now;
            now = now.plusSeconds(1);
            return current;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private Project version(int n) {
        return project.withAnswer("second.story", Answer.answered(new Value.Text("version " + n)));
    }

    private static String story(ProjectFiles files, Path file) throws Exception {
        return ((Value.Text) files.open(file).answerOrEmpty("second.story").value()).text();
    }

    @Test
    void keepsTheLastGenerationsNamedAfterTheFileAndTheTime(@TempDir Path dir) throws Exception {
        Path projects = Files.createDirectory(dir.resolve("shared"));
        Path file = projects.resolve("parcels.kickoff");
        Backups backups = new Backups(dir.resolve("data/backups"), 5, new Ticking());
        ProjectFiles files = new ProjectFiles(backups);
        for (int n = 1; n <= 8; n++) {
            assertEquals(List.of(), files.save(file, version(n), mini).warnings());
        }
        List<Path> kept = backups.of(file);
        assertEquals(5, kept.size());
        // newest first: the version before the last save, and so on back
        for (int i = 0; i < kept.size(); i++) {
            assertEquals("version " + (7 - i), story(files, kept.get(i)));
        }
        assertEquals("parcels.2026-11-29_21-13-43-123Z.kickoff", kept.get(0).getFileName().toString());
        Path folder = backups.folderFor(file);
        assertTrue(folder.getFileName().toString().matches("parcels\\.kickoff-[0-9a-f]{12}"), folder.toString());
        assertEquals(file.toAbsolutePath() + "\n", Files.readString(folder.resolve(Backups.ORIGIN_NOTE)));
        try (Stream<Path> list = Files.list(projects)) {
            assertEquals(List.of(file), list.toList(), "nothing beside the project");
        }
    }

    @Test
    void savingWithoutAChangeDoesNotPushOutOlderGenerations(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.kickoff");
        Backups backups = new Backups(dir.resolve("backups"), 3, new Ticking());
        ProjectFiles files = new ProjectFiles(backups);
        files.save(file, version(1), mini);
        files.save(file, version(2), mini);
        for (int i = 0; i < 5; i++) {
            files.save(file, version(3), mini);
        }
        List<Path> kept = backups.of(file);
        assertEquals(3, kept.size());
        assertEquals("version 3", story(files, kept.get(0)));
        assertEquals("version 2", story(files, kept.get(1)));
        assertEquals("version 1", story(files, kept.get(2)));
    }

    @Test
    void twoFilesWithTheSameNameHaveTheirOwnBackups(@TempDir Path dir) throws Exception {
        Backups backups = new Backups(dir.resolve("backups"));
        Path a = Files.createDirectories(dir.resolve("a")).resolve("p.kickoff");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("p.kickoff");
        Files.writeString(a, "a");
        Files.writeString(b, "b");
        backups.keep(a);
        backups.keep(b);
        assertEquals("a", Files.readString(backups.of(a).get(0)));
        assertEquals("b", Files.readString(backups.of(b).get(0)));
    }

    @Test
    void aFailingBackupDoesNotPreventTheSave(@TempDir Path dir) throws Exception {
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "a file where the backups folder should be");
        Path file = dir.resolve("p.kickoff");
        Files.writeString(file, "old");
        SaveResult result = new ProjectFiles(new Backups(blocked)).save(file, project, mini);
        assertEquals(project, new ProjectFiles().open(file));
        assertEquals(1, result.warnings().size());
        assertEquals("backup.failed", result.warnings().get(0).key());
        String text = Messages.forLanguage("en").problem(result.warnings().get(0));
        assertTrue(text.contains("The project was saved"), text);
    }

    @Test
    void aNewFileNeedsNoBackup(@TempDir Path dir) throws Exception {
        Backups backups = new Backups(dir.resolve("backups"));
        Path file = dir.resolve("new.kickoff");
        assertEquals(List.of(), new ProjectFiles(backups).save(file, project, mini).warnings());
        assertEquals(List.of(), backups.of(file));
        assertTrue(Files.notExists(dir.resolve("backups")));
    }

    @Test
    void savesInTheSameMillisecondKeepTheirOrder(@TempDir Path dir) throws Exception {
        Clock frozen = Clock.fixed(Instant.parse("2026-11-29T21:13:37.123Z"), ZoneOffset.UTC);
        Backups backups = new Backups(dir.resolve("backups"), 5, frozen);
        Path file = dir.resolve("p.kickoff");
        for (String content : List.of("1", "2", "3")) {
            Files.writeString(file, content);
            backups.keep(file);
        }
        List<Path> kept = backups.of(file);
        assertEquals(List.of("3", "2", "1"), kept.stream().map(p -> {
            try {
                return Files.readString(p);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList());
        assertEquals("p.2026-11-29_21-13-37-125Z.kickoff", kept.get(0).getFileName().toString());
    }
}
