package org.kickoff.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** {@link FileWriting} on the real file system. */
final class SystemFileWriting implements FileWriting {

    static final SystemFileWriting INSTANCE = new SystemFileWriting();

    private SystemFileWriting() {
    }

    @Override
    public void createAndForce(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    @Override
    public void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // only on file systems without an atomic rename; the temporary file is complete, so this is still safe
            // against a full disk, only not against a power cut during the move
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Whether the system lets this process write, and the file (or folder) has a write permission at all:
     * a file of mode 0444 or a folder of 0555 is read-only also for root, whom the system would let write.
     */
    @Override
    public boolean isWritable(Path file) {
        if (!Files.isWritable(file)) {
            return false;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.contains(PosixFilePermission.OWNER_WRITE)
                    || permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            // no POSIX permissions (Windows): the system's answer is all there is
            return true;
        }
    }
}
