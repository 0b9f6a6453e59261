package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kickoff.Fixtures;
import org.kickoff.domain.Problem;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.i18n.Messages;

/**
 * A save that fails (full disk, read-only file or folder, missing folder, refused name, denied access)
 * leaves the file as it was and nothing beside it, and says why in words the user can act on.
 * Failures that root cannot meet on a real disk (tests run as root in CI) are injected.
 */
class SafeSaveTest {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Questionnaire mini = Fixtures.mini();
    private final Project project = ProjectFileRoundTripTest.allTypes();

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path existing(Path dir) throws IOException {
        Path file = dir.resolve("p.kickoff");
        Files.writeString(file, "the old version\n");
        return file;
    }

    private SaveException failingSave(FileWriting disk, Path file) {
        return assertThrows(SaveException.class, () -> new ProjectFiles(null, disk).save(file, project, mini));
    }

    @Test
    void aFullDiskLeavesTheOldFileAndNoLitter(@TempDir Path dir) throws Exception {
        Path file = existing(dir);
        FailingDisk disk = FailingDisk.fullAfter(100);
        SaveException e = failingSave(disk, file);
        assertEquals(1, disk.failures());
        assertEquals(SaveFailure.DISK_FULL, e.reason());
        assertEquals("save.disk-full", e.first().key());
        assertEquals(file.toAbsolutePath().toString(), e.first().location());
        assertEquals("the old version\n", Files.readString(file));
        assertEquals(List.of("p.kickoff"), names(dir));
    }

    @Test
    void aFullDiskCreatesNoNewFile(@TempDir Path dir) throws Exception {
        SaveException e = failingSave(FailingDisk.fullAfter(0), dir.resolve("new.kickoff"));
        assertEquals(SaveFailure.DISK_FULL, e.reason());
        assertEquals(List.of(), names(dir));
    }

    @Test
    void theMessageSaysWhatAndWhereInBothLanguages(@TempDir Path dir) throws Exception {
        Problem problem = failingSave(FailingDisk.fullAfter(10), existing(dir)).first();
        String english = Messages.forLanguage("en").problem(problem);
        String german = Messages.forLanguage("de").problem(problem);
        String where = dir.resolve("p.kickoff").toAbsolutePath().toString();
        assertTrue(english.startsWith(where + ": The disk is full."), english);
        assertTrue(english.contains(dir.toAbsolutePath().toString()), english);
        assertTrue(german.startsWith(where + ": Der Datenträger ist voll."), german);
    }

    @ParameterizedTest
    @EnumSource(SaveFailure.class)
    void everyReasonHasATextInEveryLanguage(SaveFailure reason) {
        Problem problem = reason.problem(Path.of("/shared/team/p.kickoff"), new IOException("Input/output error"));
        for (String language : Messages.LANGUAGES) {
            String text = Messages.forLanguage(language).get(problem.key(), problem.args().toArray());
            assertNotEquals(problem.key(), text);
            assertFalse(text.contains("{"), text);
        }
    }

    /** The words of Linux, macOS and Windows (in English; otherwise the state of the disk decides). */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "No space left on device                                           | DISK_FULL",
        "There is not enough space on the disk                             | DISK_FULL",
        "Disk quota exceeded                                               | DISK_FULL",
        "Read-only file system                                             | READ_ONLY_FOLDER",
        "File name too long                                                | NAME_REFUSED",
        "The filename, directory name, or volume label syntax is incorrect | NAME_REFUSED",
        "Invalid argument                                                  | NAME_REFUSED",
        "Access is denied                                                  | ACCESS_DENIED",
        "The process cannot access the file because it is being used by another process | ACCESS_DENIED",
        "Input/output error                                                | OTHER"})
    void systemMessagesAreClassified(String reason, SaveFailure expected, @TempDir Path dir) throws Exception {
        Path file = existing(dir);
        assertEquals(expected, SaveFailure.classify(new java.nio.file.FileSystemException(file.toString(), null,
                reason), file, 100));
        assertEquals(expected, failingSave(FailingDisk.renameFails(new IOException(reason)), file).reason());
        assertEquals("the old version\n", Files.readString(file));
    }

    @Test
    void saveAsElsewhereWorksAfterAFailure(@TempDir Path dir) throws Exception {
        Path full = Files.createDirectory(dir.resolve("full"));
        Path other = Files.createDirectory(dir.resolve("other"));
        ProjectFiles files = new ProjectFiles(null, FailingDisk.fullAfter(50).onlyIn(full));
        assertThrows(SaveException.class, () -> files.save(full.resolve("p.kickoff"), project, mini));
        SaveResult saved = files.save(other.resolve("p.kickoff"), project, mini);
        assertEquals(project, files.open(saved.file()));
        assertEquals(List.of(), names(full));
    }

    @Test
    void aRefusedRenameLeavesTheOldFileAndNoLitter(@TempDir Path dir) throws Exception {
        Path file = existing(dir);
        SaveException e = failingSave(FailingDisk.renameFails(new AccessDeniedException(file.toString())), file);
        assertEquals(SaveFailure.ACCESS_DENIED, e.reason());
        assertEquals("the old version\n", Files.readString(file));
        assertEquals(List.of("p.kickoff"), names(dir));
    }

    @Test
    void anUnknownFailureKeepsTheSystemsWords(@TempDir Path dir) throws Exception {
        Path file = existing(dir);
        SaveException e = failingSave(FailingDisk.createFails(new IOException("Input/output error")), file);
        assertEquals(SaveFailure.OTHER, e.reason());
        assertTrue(Messages.forLanguage("en").problem(e.first()).contains("(Input/output error)"));
        assertEquals(List.of("p.kickoff"), names(dir));
    }

    @Test
    void aReadOnlyFileIsNotReplaced(@TempDir Path dir) throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assumeFalse(ROOT, "root writes read-only files; readOnlyFileInjected covers this as root");
        Path file = existing(dir);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        SaveException e = failingSave(FileWriting.system(), file);
        assertEquals(SaveFailure.READ_ONLY_FILE, e.reason());
        assertEquals("the old version\n", Files.readString(file));
        assertEquals(List.of("p.kickoff"), names(dir));
    }

    @Test
    void readOnlyFileInjected(@TempDir Path dir) throws Exception {
        Path file = existing(dir);
        SaveException e = failingSave(FailingDisk.readOnlyFiles(), file);
        assertEquals(SaveFailure.READ_ONLY_FILE, e.reason());
        assertEquals("save.read-only-file", e.first().key());
        assertEquals("the old version\n", Files.readString(file));
        assertEquals(List.of("p.kickoff"), names(dir));
    }

    @Test
    void aReadOnlyFolder(@TempDir Path dir) throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assumeFalse(ROOT, "root writes into read-only folders; readOnlyFileSystemInjected covers this as root");
        Path folder = Files.createDirectory(dir.resolve("shared"));
        Path file = existing(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        try {
            assertEquals(SaveFailure.READ_ONLY_FOLDER, failingSave(FileWriting.system(), file).reason());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        assertEquals("the old version\n", Files.readString(file));
    }

    @Test
    void readOnlyFileSystemInjected(@TempDir Path dir) throws Exception {
        Path file = existing(dir);
        SaveException e = failingSave(FailingDisk.createFails(FailingDisk.readOnlyFileSystem(file)), file);
        assertEquals(SaveFailure.READ_ONLY_FOLDER, e.reason());
        assertEquals("the old version\n", Files.readString(file));
    }

    @Test
    void aMissingFolder(@TempDir Path dir) {
        Path file = dir.resolve("unplugged-drive/p.kickoff");
        SaveException e = failingSave(FileWriting.system(), file);
        assertEquals(SaveFailure.MISSING_FOLDER, e.reason());
        assertTrue(Messages.forLanguage("en").problem(e.first()).contains(dir.resolve("unplugged-drive").toString()));
    }

    @Test
    void aNameTheSystemRefuses(@TempDir Path dir) throws Exception {
        // 300 bytes: more than Linux, macOS and Windows allow in one name
        SaveException tooLong = failingSave(FileWriting.system(), dir.resolve("p".repeat(300) + ".kickoff"));
        assertEquals(SaveFailure.NAME_REFUSED, tooLong.reason());
        Path folder = Files.createDirectory(dir.resolve("taken.kickoff"));
        assertEquals(SaveFailure.NAME_REFUSED, failingSave(FileWriting.system(), folder).reason());
        assertEquals(List.of("taken.kickoff"), names(dir));
    }

    @Test
    void aLongNameThatFitsIsSavedThoughItsTemporaryNameWouldNot(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ä".repeat(120) + ".kickoff");
        new ProjectFiles().save(file, project, mini);
        assertEquals(project, new ProjectFiles().open(file));
        assertEquals(List.of(file.getFileName().toString()), names(dir));
    }

    @Test
    void aLinkStaysALinkAndItsTargetGetsTheContent(@TempDir Path dir) throws Exception {
        Path real = existing(Files.createDirectory(dir.resolve("real")));
        Path link = Files.createSymbolicLink(dir.resolve("link.kickoff"), real);
        new ProjectFiles().save(link, project, mini);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(project, new ProjectFiles().open(real));
    }

    @Test
    void temporaryFilesOfAKilledSaveAreRemovedByTheNextSave(@TempDir Path dir) throws Exception {
        Path file = existing(dir);
        Path abandoned = dir.resolve(".p.kickoff.0123456789abcdef.tmp");
        Path inUse = dir.resolve(".p.kickoff.fedcba9876543210.tmp");
        Path foreign = dir.resolve(".other.kickoff.0123456789abcdef.tmp");
        for (Path temp : List.of(abandoned, inUse, foreign)) {
            Files.writeString(temp, "{\"format\": \"kickoff-pro");
            assertTrue(AtomicFile.isTemporary(temp.getFileName().toString()));
        }
        FileTime old = FileTime.from(Instant.now().minus(AtomicFile.ABANDONED).minusSeconds(5));
        Files.setLastModifiedTime(abandoned, old);
        Files.setLastModifiedTime(foreign, old);
        new ProjectFiles().save(file, project, mini);
        assertEquals(List.of(foreign, inUse, file).stream().map(p -> p.getFileName().toString()).sorted().toList(),
                names(dir));
        assertFalse(AtomicFile.isTemporary("p.kickoff"));
    }

    @Test
    void theFingerprintOfASaveMatchesTheFile(@TempDir Path dir) throws Exception {
        SaveResult saved = new ProjectFiles().save(dir.resolve("p.kickoff"), project, mini);
        assertEquals(FileFingerprint.of(saved.file()), saved.fingerprint());
        assertEquals(saved.fingerprint(), new ProjectFiles().openTracked(saved.file()).fingerprint());
        assertArrayEquals(new ProjectFiles().toBytes(project, mini), Files.readAllBytes(saved.file()));
        assertEquals(List.of(), saved.warnings());
    }
}
