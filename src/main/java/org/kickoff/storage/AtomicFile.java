package org.kickoff.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content so that, whatever happens (a crash, a kill, a full disk), the file holds either
 * the old or the new content, never a mix: write a temporary file beside it, flush it to the disk, rename
 * it over the target in one step, then flush the folder so that the rename itself survives a power cut.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Set<PosixFilePermission> permissions = existingPermissions(absolute);
        Path temp = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (permissions != null) {
                Files.getFileAttributeView(temp, PosixFileAttributeView.class).setPermissions(permissions);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            if (e instanceof FileAlreadyExistsException) {
                throw new IOException("temporary file exists: " + temp, e);
            }
            throw e;
        }
        syncFolder(folder);
    }

    private static Set<PosixFilePermission> existingPermissions(Path file) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            return view == null || !Files.exists(file) ? null : view.readAttributes().permissions();
        } catch (IOException e) {
            return null;
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
}
