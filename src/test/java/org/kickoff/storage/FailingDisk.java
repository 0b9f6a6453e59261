package org.kickoff.storage;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A disk that fails the way real ones do, for tests (the window's included): full after some bytes, a
 * read-only file, a refused rename. It fails only for files in one folder, if told, so that Save As to
 * another folder works as it would on a real machine. Otherwise it is the real file system.
 */
public final class FailingDisk implements FileWriting {

    private enum Mode { FULL_AFTER, READ_ONLY_FILE, CREATE_FAILS, RENAME_FAILS }

    private final Mode mode;
    private final long bytes;
    private final IOException failure;
    private final Path onlyIn;
    private final AtomicInteger failures = new AtomicInteger();

    private FailingDisk(Mode mode, long bytes, IOException failure, Path onlyIn) {
        this.mode = mode;
        this.bytes = bytes;
        this.failure = failure;
        this.onlyIn = onlyIn;
    }

    /** Writes the first {@code bytes} bytes of a new file, then fails as Linux does when the disk is full. */
    public static FailingDisk fullAfter(long bytes) {
        return new FailingDisk(Mode.FULL_AFTER, bytes, null, null);
    }

    /** Every existing file is read-only, as after {@code chmod a-w} (which does not stop root). */
    public static FailingDisk readOnlyFiles() {
        return new FailingDisk(Mode.READ_ONLY_FILE, 0, null, null);
    }

    /** Creating a file fails with this exception (e.g. a read-only file system). */
    public static FailingDisk createFails(IOException failure) {
        return new FailingDisk(Mode.CREATE_FAILS, 0, failure, null);
    }

    /** The final rename fails with this exception (e.g. access denied on a share). */
    public static FailingDisk renameFails(IOException failure) {
        return new FailingDisk(Mode.RENAME_FAILS, 0, failure, null);
    }

    /** The Linux error for a full disk: a plain IOException with the system's words. */
    public static IOException noSpace() {
        return new IOException("No space left on device");
    }

    public static FileSystemException readOnlyFileSystem(Path file) {
        return new FileSystemException(file.toString(), null, "Read-only file system");
    }

    /** The same failure, but only for files directly in {@code folder}. */
    public FailingDisk onlyIn(Path folder) {
        return new FailingDisk(mode, bytes, failure, folder.toAbsolutePath());
    }

    /** How often it has failed so far. */
    public int failures() {
        return failures.get();
    }

    private boolean applies(Path file) {
        return onlyIn == null || onlyIn.equals(file.toAbsolutePath().getParent());
    }

    @Override
    public void createAndForce(Path file, byte[] content) throws IOException {
        if (!applies(file)) {
            FileWriting.system().createAndForce(file, content);
            return;
        }
        if (mode == Mode.CREATE_FAILS) {
            failures.incrementAndGet();
            throw failure;
        }
        if (mode == Mode.FULL_AFTER) {
            // the part that fitted is on disk, as on a real full disk
            Files.write(file, Arrays.copyOf(content, (int) Math.min(bytes, content.length)),
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            if (content.length > bytes) {
                failures.incrementAndGet();
                throw noSpace();
            }
            return;
        }
        FileWriting.system().createAndForce(file, content);
    }

    @Override
    public void replace(Path source, Path target) throws IOException {
        if (mode == Mode.RENAME_FAILS && applies(target)) {
            failures.incrementAndGet();
            throw failure;
        }
        FileWriting.system().replace(source, target);
    }

    @Override
    public boolean isWritable(Path file) {
        if (mode == Mode.READ_ONLY_FILE && applies(file)) {
            failures.incrementAndGet();
            return false;
        }
        return FileWriting.system().isWritable(file);
    }
}
