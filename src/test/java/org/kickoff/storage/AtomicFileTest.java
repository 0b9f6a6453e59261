package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @Test
    void replacesTheContentAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.kickoff");
        AtomicFile.write(file, "old".getBytes());
        AtomicFile.write(file, "new".getBytes());
        assertArrayEquals("new".getBytes(), Files.readAllBytes(file));
        try (var list = Files.list(dir)) {
            assertEquals(List.of(file), list.toList());
        }
    }

    @Test
    void keepsTheFilesPermissions(@TempDir Path dir) throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("p.kickoff");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.write(file, "new".getBytes());
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoLitter(@TempDir Path dir) throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root may write into read-only folders");
        Path file = dir.resolve("p.kickoff");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
        try {
            assertThrows(IOException.class, () -> AtomicFile.write(file, "new".getBytes()));
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        assertEquals("old", Files.readString(file));
    }

    @Test
    void aMissingFolderFailsCleanly(@TempDir Path dir) {
        assertThrows(IOException.class, () -> AtomicFile.write(dir.resolve("gone/p.kickoff"), "x".getBytes()));
    }
}
