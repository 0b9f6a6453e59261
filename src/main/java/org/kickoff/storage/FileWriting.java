package org.kickoff.storage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The few file operations a safe save needs. The system's are used in the application; tests put a failing
 * one in their place to show what happens when the disk fills up half way through a write or a rename is
 * refused, which cannot be arranged on a real disk (and not at all when the tests run as root).
 */
public interface FileWriting {

    /** The real file system. */
    static FileWriting system() {
        return SystemFileWriting.INSTANCE;
    }

    /** Creates {@code file}, which must not exist yet, with {@code content} and forces it to the storage device. */
    void createAndForce(Path file, byte[] content) throws IOException;

    /** Puts {@code source} in the place of {@code target} in one step, replacing it. */
    void replace(Path source, Path target) throws IOException;

    /** Whether the existing {@code file} may be changed; false for a read-only file. */
    boolean isWritable(Path file);
}
