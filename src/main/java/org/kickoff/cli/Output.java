package org.kickoff.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.kickoff.i18n.Messages;
import org.kickoff.i18n.VisibleText;
import org.kickoff.storage.AtomicFile;

/**
 * How the commands word their one-line messages: what they quote from a file or a path is escaped
 * ({@link VisibleText}), and a line is at most {@link VisibleText#MAX_MESSAGE} characters.
 */
final class Output {

    private Output() {
    }

    /** A message as one line: escaped (our own words have nothing to escape) and cut to the limit. */
    static String line(String message) {
        return VisibleText.limit(VisibleText.line(message), VisibleText.MAX_MESSAGE);
    }

    /** A file's path as a message quotes it. */
    static String path(Path file) {
        return VisibleText.quote(String.valueOf(file));
    }

    /** A message and a suffix that must stay visible ("(and 3 more problems)"): the message is cut first. */
    static String withSuffix(String message, String suffix) {
        if (suffix.isEmpty()) {
            return line(message);
        }
        String escaped = VisibleText.line(message);
        return VisibleText.limit(escaped, VisibleText.MAX_MESSAGE - suffix.length() - 1) + " " + suffix;
    }

    /** Why a file could not be written, in the user's words; never an exception's class or stack. */
    static String reason(IOException e, Path target, Messages messages) {
        if (Files.isDirectory(target)) {
            return messages.get("export.reason.is-folder");
        }
        if (e instanceof AtomicFile.NotRegularFileException) {
            return messages.get("export.reason.not-regular");
        }
        if (e instanceof AtomicFile.ReadOnlyFileException) {
            return messages.get("export.reason.read-only");
        }
        if (e instanceof AtomicFile.ReadOnlyFolderException) {
            return messages.get("export.reason.read-only-folder");
        }
        if (e instanceof NoSuchFileException) {
            return messages.get("export.reason.no-folder");
        }
        if (e instanceof AccessDeniedException) {
            return messages.get("export.reason.denied");
        }
        // the system's own words ("No space left on device")
        return e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : messages.get("export.reason.unknown");
    }
}
