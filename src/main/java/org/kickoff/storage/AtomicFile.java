package org.kickoff.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Replaces a file's content so that, whatever happens (a crash, a kill, a full disk), the file holds either
 * the old or the new content, never a mix: write a temporary file beside it, flush it to the disk, rename
 * it over the target in one step, then flush the folder so that the rename itself survives a power cut.
 * After a failure the target is untouched and the temporary file is gone; one left by a killed process is
 * hidden, ends in {@code .tmp} and is removed by a later save of the same file.
 */
public final class AtomicFile {

    /** A temporary file older than this belongs to no running save: a save of a few MB takes well under a second. */
    static final Duration ABANDONED = Duration.ofMinutes(1);

    private static final Pattern TEMPORARY = Pattern.compile("[0-9a-f]{16}\\.tmp");
    /** File names are limited to 255 bytes; the temporary name adds 22 to the target's. */
    private static final int MAX_NAME_BYTES_IN_TEMP = 200;

    private AtomicFile() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, FileWriting.system());
    }

    /**
     * Writes through {@code disk}. A symbolic link is followed, so the link stays and its target gets the
     * content. A read-only file or folder is refused (on Linux the rename would silently replace the file,
     * and as root the system refuses neither), and so is anything that is not a regular file (a device, a
     * named pipe, a socket), which the rename would replace by a file.
     */
    public static void write(Path target, byte[] content, FileWriting disk) throws IOException {
        write(target, content, disk, null);
    }

    /**
     * As {@link #write(Path, byte[], FileWriting)}, for Kickoff's own copies (backups, recovery copies,
     * settings): the file gets at most {@code limit} as its permissions (and an existing one loses any it
     * has beyond them), so that a copy is never readable by more people than it should be.
     *
     * @param limit the permissions of the written file at most; null keeps those of an existing file and
     *              gives a new one the system's defaults
     */
    public static void write(Path target, byte[] content, FileWriting disk, Set<PosixFilePermission> limit)
            throws IOException {
        Path absolute = followLink(target.toAbsolutePath());
        Path folder = absolute.getParent();
        String name = absolute.getFileName().toString();
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(absolute.toString(), null, "a folder has this name");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new NotRegularFileException(absolute.toString());
        }
        if (Files.exists(absolute) && !disk.isWritable(absolute)) {
            throw new ReadOnlyFileException(absolute.toString());
        }
        if (folder != null && Files.isDirectory(folder) && !disk.isWritable(folder)) {
            throw new ReadOnlyFolderException(folder.toString());
        }
        Set<PosixFilePermission> permissions = existingPermissions(absolute);
        if (limit != null) {
            permissions = permissions == null ? Set.copyOf(limit) : intersection(permissions, limit);
        }
        removeAbandoned(folder, name);
        Path temp = temporaryFor(absolute);
        try {
            disk.createAndForce(temp, content);
            keepPermissions(temp, permissions);
            disk.replace(temp, absolute);
        } catch (IOException | RuntimeException e) {
            if (!(e instanceof FileAlreadyExistsException)) {
                // only ours to delete when we created it; an existing one belongs to another save
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
        syncFolder(folder);
    }

    /** A new name for a temporary file beside {@code absolute}. */
    static Path temporaryFor(Path absolute) {
        return absolute.resolveSibling(temporaryPrefix(absolute.getFileName().toString())
                + String.format("%016x", ThreadLocalRandom.current().nextLong()) + ".tmp");
    }

    /** Whether a file name is one of the temporary files of a save, for any target. */
    static boolean isTemporary(String fileName) {
        int dot = fileName.length() - 20;
        return fileName.startsWith(".") && dot > 1 && fileName.charAt(dot - 1) == '.'
                && TEMPORARY.matcher(fileName.substring(dot)).matches();
    }

    private static Path followLink(Path absolute) throws IOException {
        if (!Files.isSymbolicLink(absolute)) {
            return absolute;
        }
        try {
            return absolute.toRealPath();
        } catch (NoSuchFileException e) {
            // a link to nothing: there is no file to keep, write the link's own place
            return absolute;
        }
    }

    private static String temporaryPrefix(String name) {
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            bytes += character.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_NAME_BYTES_IN_TEMP) {
                break;
            }
            kept.append(character);
            i += Character.charCount(codePoint);
        }
        return "." + kept + ".";
    }

    /** Removes temporary files of this target that a killed save left behind; a file in use is too young. */
    private static void removeAbandoned(Path folder, String name) {
        String prefix = temporaryPrefix(name);
        removeAbandoned(folder, fileName -> fileName.startsWith(prefix) && fileName.length() == prefix.length() + 20
                && TEMPORARY.matcher(fileName.substring(prefix.length())).matches());
    }

    /**
     * Removes the temporary files of any target in a folder of Kickoff's own, where every file is written by
     * Kickoff and names are not reused (backups, recovery copies), so no later save of the same name does it.
     */
    static void removeAbandonedIn(Path folder) {
        removeAbandoned(folder, AtomicFile::isTemporary);
    }

    private static void removeAbandoned(Path folder, java.util.function.Predicate<String> temporary) {
        Instant before = Instant.now().minus(ABANDONED);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                entry -> temporary.test(entry.getFileName().toString()))) {
            for (Path entry : entries) {
                if (Files.getLastModifiedTime(entry).toInstant().isBefore(before)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // tidying up is a courtesy; the save itself does not depend on it
        }
    }

    private static Set<PosixFilePermission> existingPermissions(Path file) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            return view == null || !Files.exists(file) ? null : view.readAttributes().permissions();
        } catch (IOException e) {
            return null;
        }
    }

    private static void keepPermissions(Path temp, Set<PosixFilePermission> permissions) {
        if (permissions == null) {
            return;
        }
        try {
            Files.getFileAttributeView(temp, PosixFileAttributeView.class).setPermissions(permissions);
        } catch (IOException | UnsupportedOperationException e) {
            // the content matters more than its permissions: save with the folder's defaults
        }
    }

    /** Flushes the folder entry; possible on Linux and macOS, not on Windows, where rename is durable. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported here (Windows): the rename has been made; nothing more can be done
        }
    }

    private static Set<PosixFilePermission> intersection(Set<PosixFilePermission> a, Set<PosixFilePermission> b) {
        Set<PosixFilePermission> both = java.util.EnumSet.noneOf(PosixFilePermission.class);
        both.addAll(a);
        both.retainAll(b);
        return both;
    }

    /** The target exists and is read-only: refused before anything is written. */
    public static final class ReadOnlyFileException extends java.nio.file.AccessDeniedException {
        private static final long serialVersionUID = 1L;

        ReadOnlyFileException(String file) {
            super(file, null, "read-only file");
        }
    }

    /** The target's folder is read-only: refused before anything is written. */
    public static final class ReadOnlyFolderException extends java.nio.file.AccessDeniedException {
        private static final long serialVersionUID = 1L;

        ReadOnlyFolderException(String folder) {
            super(folder, null, "read-only folder");
        }
    }

    /** The target is a device, a named pipe or a socket: a file renamed over it would take its place. */
    public static final class NotRegularFileException extends FileSystemException {
        private static final long serialVersionUID = 1L;

        NotRegularFileException(String file) {
            super(file, null, "not a regular file");
        }
    }
}
