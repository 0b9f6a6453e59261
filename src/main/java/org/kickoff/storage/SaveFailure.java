package org.kickoff.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import org.kickoff.domain.Problem;

/**
 * Why a save failed, in the few kinds a user can act on. Each has a message key whose text takes the
 * folder ({0}), the file name ({1}) and the system's own words ({2}).
 */
public enum SaveFailure {
    DISK_FULL("save.disk-full"),
    READ_ONLY_FILE("save.read-only-file"),
    READ_ONLY_FOLDER("save.read-only-folder"),
    MISSING_FOLDER("save.missing-folder"),
    NAME_REFUSED("save.name-refused"),
    ACCESS_DENIED("save.access-denied"),
    OTHER("save.failed");

    private final String key;

    SaveFailure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The failure as a problem located at the file, ready for {@code Messages.problem}. */
    public Problem problem(Path file, Throwable cause) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        return Problem.at(absolute.toString(), key, folder == null ? "" : folder.toString(),
                absolute.getFileName() == null ? "" : absolute.getFileName().toString(), detail(cause));
    }

    /**
     * Classifies a failure to write {@code file} of {@code size} bytes from the exception and, because
     * systems word their errors differently (and Windows in the user's language), from the state of the
     * disk afterwards.
     */
    public static SaveFailure classify(Throwable failure, Path file, long size) {
        String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
        String reason = failure instanceof FileSystemException fse
                ? String.valueOf(fse.getReason()).toLowerCase(Locale.ROOT) : message;
        if (failure instanceof AtomicFile.ReadOnlyFileException) {
            return READ_ONLY_FILE;
        }
        if (failure instanceof AtomicFile.ReadOnlyFolderException) {
            return READ_ONLY_FOLDER;
        }
        if (failure instanceof AtomicFile.NotRegularFileException) {
            return NAME_REFUSED;
        }
        if (failure instanceof InvalidPathException || containsAny(reason, "file name too long", "name too long",
                "invalid argument", "syntax is incorrect", "illegal byte sequence", "invalid name")) {
            return NAME_REFUSED;
        }
        if (containsAny(message, "no space left", "not enough space", "disk quota", "disk full", "enospc")) {
            return DISK_FULL;
        }
        if (containsAny(reason, "read-only file system")) {
            return READ_ONLY_FOLDER;
        }
        Path absolute;
        try {
            absolute = file.toAbsolutePath();
        } catch (RuntimeException e) {
            return NAME_REFUSED;
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder) || failure instanceof NotDirectoryException) {
            return MISSING_FOLDER;
        }
        if (Files.isDirectory(absolute)) {
            return NAME_REFUSED;
        }
        if (failure instanceof NoSuchFileException) {
            // the folder is there now, so it vanished and came back, or the name maps to nothing
            return Files.isDirectory(folder) ? OTHER : MISSING_FOLDER;
        }
        if (failure instanceof AccessDeniedException || containsAny(reason, "operation not permitted",
                "permission denied", "access is denied", "used by another process")) {
            if (Files.exists(absolute) && !Files.isWritable(absolute)) {
                return READ_ONLY_FILE;
            }
            if (!Files.isWritable(folder)) {
                return READ_ONLY_FOLDER;
            }
            return ACCESS_DENIED;
        }
        if (failure instanceof IOException && tooLittleSpace(folder, size)) {
            return DISK_FULL;
        }
        return OTHER;
    }

    private static boolean tooLittleSpace(Path folder, long size) {
        try {
            return Files.getFileStore(folder).getUsableSpace() < size + 4096;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean containsAny(String text, String... parts) {
        for (String part : parts) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static String detail(Throwable cause) {
        if (cause == null) {
            return "";
        }
        String text = cause instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : cause.getMessage();
        return text == null ? cause.getClass().getSimpleName() : text;
    }
}
