package org.kickoff.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Kickoff's log: what the JDK's {@link System.Logger} is told goes, through {@code java.util.logging}, to
 * {@code kickoff-0.log} in the data folder, rotated over five files of a megabyte, readable by the user
 * alone. One line per record, control characters escaped, so that text quoted from a file cannot forge
 * lines.
 */
public final class LogFile {

    static final int LIMIT = 1024 * 1024;
    static final int COUNT = 5;

    private LogFile() {
    }

    /**
     * Starts writing the log into {@code folder}; returns the current log file, or nothing when the folder
     * cannot be written (Kickoff then works on without a log, as it would with a full disk).
     */
    public static Optional<Path> install(Path folder) {
        try {
            PrivateFiles.folder(folder, folder);
            String pattern = folder.resolve("kickoff-%g.log").toString().replace("%", "%%").replace("%%g", "%g");
            FileHandler handler = new FileHandler(pattern, LIMIT, COUNT, true);
            handler.setEncoding("UTF-8");
            handler.setFormatter(new OneLine());
            handler.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            for (var old : root.getHandlers()) {
                if (old instanceof FileHandler) {
                    root.removeHandler(old);
                    old.close();
                }
            }
            root.addHandler(handler);
            Path current = folder.resolve("kickoff-0.log");
            if (java.nio.file.Files.getFileStore(current).supportsFileAttributeView("posix")) {
                java.nio.file.Files.setPosixFilePermissions(current, PrivateFiles.FILE);
            }
            return Optional.of(current);
        } catch (IOException | SecurityException e) {
            System.getLogger(LogFile.class.getName()).log(System.Logger.Level.WARNING,
                    "no log file in " + folder, e);
            return Optional.empty();
        }
    }

    /** {@code 2026-12-02T10:15:30Z WARNING org.kickoff.X: message | exception: stack on one line}. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder();
            line.append(record.getInstant()).append(' ').append(record.getLevel().getName()).append(' ')
                    .append(record.getLoggerName()).append(": ").append(formatMessage(record));
            Throwable thrown = record.getThrown();
            while (thrown != null) {
                line.append(" | ").append(thrown);
                for (StackTraceElement element : thrown.getStackTrace()) {
                    line.append(" at ").append(element);
                }
                thrown = thrown.getCause() == thrown ? null : thrown.getCause();
            }
            return escape(line.toString()) + System.lineSeparator();
        }

        static String escape(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                    out.append(String.format("\\u%04x", c));
                } else {
                    out.appendCodePoint(c);
                }
            });
            return out.toString();
        }
    }
}
