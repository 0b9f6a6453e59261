package org.kickoff.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Kickoff's own folders and files are the user's alone: folders 0700, files 0600 where the file system
 * has POSIX permissions (elsewhere the user's profile folder already keeps others out).
 */
final class PrivateFiles {

    private PrivateFiles() {
    }

    /** Creates the folder (and its parents) and makes it private, also when an older Kickoff made it open. */
    static void createFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        setPermissions(folder, "rwx------");
    }

    /** Makes an existing file private. */
    static void restrict(Path file) throws IOException {
        if (Files.exists(file)) {
            setPermissions(file, "rw-------");
        }
    }

    private static void setPermissions(Path path, String permissions) throws IOException {
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
