package org.kickoff.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a file held when Kickoff opened or saved it: its size and the SHA-256 of its bytes. Comparing
 * content rather than the modification time means that touching a file, copying it back unchanged or a
 * sync tool restamping it is not a change, while an edit within the same second (or with a preserved
 * time stamp) is.
 */
public record FileFingerprint(long size, String sha256) {

    /** How the file on disk compares with the fingerprint. */
    public enum Change {
        /** Same content. */
        UNCHANGED,
        /** Other content (or a folder in its place): someone else saved it. */
        CHANGED,
        /** The file is gone (deleted, renamed or its folder is gone). */
        DELETED,
        /** The file is there but cannot be read now, so nothing can be said. */
        UNREADABLE;

        /** Whether the user should be asked before the file is overwritten. */
        public boolean needsAttention() {
            return this != UNCHANGED;
        }
    }

    public static FileFingerprint of(byte[] content) {
        return new FileFingerprint(content.length, HexFormat.of().formatHex(digest().digest(content)));
    }

    public static FileFingerprint of(Path file) throws IOException {
        MessageDigest digest = digest();
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
                size += read;
            }
        }
        return new FileFingerprint(size, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Compares the file's current content with this fingerprint. A different size settles it without
     * reading; otherwise the file is read and hashed (a project file is a few KB, so this is quick enough to
     * do whenever the window regains focus).
     */
    public Change changedOnDisk(Path file) {
        try {
            if (!Files.exists(file)) {
                return Change.DELETED;
            }
            if (Files.isDirectory(file) || Files.size(file) != size) {
                return Change.CHANGED;
            }
            return of(file).equals(this) ? Change.UNCHANGED : Change.CHANGED;
        } catch (NoSuchFileException e) {
            return Change.DELETED;
        } catch (IOException | RuntimeException e) {
            return Change.UNREADABLE;
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException(e);
        }
    }
}
