package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Project;
import org.kickoff.domain.Value;
import org.kickoff.storage.FileFingerprint.Change;

/** A change on disk is a change of content: touching a file is none, an edit with the old time stamp is one. */
class FileFingerprintTest {

    private final ProjectFiles files = new ProjectFiles();

    private Path saved(Path dir, String story) throws Exception {
        Project project = ProjectFileRoundTripTest.allTypes()
                .withAnswer("second.story", Answer.answered(new Value.Text(story)));
        Path file = dir.resolve("p.kickoff");
        files.save(file, project, Fixtures.mini());
        return file;
    }

    @Test
    void touchingTheFileIsNoChange(@TempDir Path dir) throws Exception {
        Path file = saved(dir, "ours");
        FileFingerprint opened = files.openTracked(file).fingerprint();
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(3600)));
        assertEquals(Change.UNCHANGED, opened.changedOnDisk(file));
        assertFalse(opened.changedOnDisk(file).needsAttention());
    }

    @Test
    void anEditOfTheSameSizeWithTheOldTimeStampIsAChange(@TempDir Path dir) throws Exception {
        Path file = saved(dir, "ours");
        FileFingerprint opened = files.openTracked(file).fingerprint();
        FileTime stamp = Files.getLastModifiedTime(file);
        Files.writeString(file, Files.readString(file).replace("ours", "hers"));
        Files.setLastModifiedTime(file, stamp);
        assertEquals(opened.size(), Files.size(file));
        assertEquals(Change.CHANGED, opened.changedOnDisk(file));
        assertTrue(opened.changedOnDisk(file).needsAttention());
    }

    @Test
    void aSaveByAnotherIsAChangeAndOurOwnSaveIsNot(@TempDir Path dir) throws Exception {
        Path file = saved(dir, "ours");
        FileFingerprint opened = files.openTracked(file).fingerprint();
        saved(dir, "a colleague's longer version");
        assertEquals(Change.CHANGED, opened.changedOnDisk(file));
        Project ours = files.open(file);
        FileFingerprint afterOurSave = files.save(file, ours, Fixtures.mini()).fingerprint();
        assertEquals(Change.UNCHANGED, afterOurSave.changedOnDisk(file));
    }

    @Test
    void aDeletedOrReplacedFileIsAChange(@TempDir Path dir) throws Exception {
        Path file = saved(dir, "ours");
        FileFingerprint opened = FileFingerprint.of(file);
        Files.delete(file);
        assertEquals(Change.DELETED, opened.changedOnDisk(file));
        Files.createDirectory(file);
        assertEquals(Change.CHANGED, opened.changedOnDisk(file));
        assertEquals(Change.DELETED, opened.changedOnDisk(dir.resolve("gone/p.kickoff")));
    }
}
