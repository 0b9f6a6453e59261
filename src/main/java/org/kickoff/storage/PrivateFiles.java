package org.kickoff.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

/**
 * Kickoff's own folders (data, backups, recovery copies, settings) and the copies in them are readable
 * by their owner only: a project kept at 0600 must not have a backup at 0644 that everyone on a shared
 * machine can read. Folders are made 0700 and files 0600, and a copy of a project never gets more than the
 * project file itself has. Folders an older Kickoff made looser are tightened when they are next used.
 * Where the file system has no POSIX permissions (Windows), the user's own profile folders already are
 * private and nothing is done.
 */
public final class PrivateFiles {

    /** rwx------ */
    public static final Set<PosixFilePermission> FOLDER = Set.copyOf(PosixFilePermissions.fromString("rwx------"));
    /** rw------- */
    public static final Set<PosixFilePermission> FILE = Set.copyOf(PosixFilePermissions.fromString("rw-------"));

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFiles() {
    }

    /**
     * Makes sure {@code folder} exists, creating what is missing as 0700, and takes the group's and others'
     * permissions from it and from each folder above it up to {@code top} (Kickoff's own root, such as
     * {@code ~/.local/share/kickoff}), where an older Kickoff may have left them.
     */
    public static void folder(Path folder, Path top) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        for (Path p : missing) {
            try {
                if (isPosix(p.getParent())) {
                    Files.createDirectory(p, ownerOnly());
                } else {
                    Files.createDirectory(p);
                }
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(p)) {
                    throw e;
                }
            }
        }
        Path limit = top.toAbsolutePath().normalize();
        for (Path p = absolute; p != null && p.startsWith(limit); p = p.getParent()) {
            tighten(p);
        }
    }

    /** The permissions for Kickoff's copy of {@code original}: 0600, and none the original lacks. */
    public static Set<PosixFilePermission> copyOf(Path original) {
        try {
            Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
            permissions.addAll(Files.getPosixFilePermissions(original));
            permissions.retainAll(FILE);
            // a copy Kickoff cannot read back (or replace) would be no copy
            permissions.add(PosixFilePermission.OWNER_READ);
            permissions.add(PosixFilePermission.OWNER_WRITE);
            return permissions;
        } catch (IOException | UnsupportedOperationException e) {
            return FILE;
        }
    }

    private static void tighten(Path folder) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                Set<PosixFilePermission> tightened = EnumSet.noneOf(PosixFilePermission.class);
                tightened.addAll(permissions);
                tightened.removeAll(OTHERS);
                Files.setPosixFilePermissions(folder, tightened);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not ours to change (another owner) or no POSIX permissions: what can be done is done
        }
    }

    private static boolean isPosix(Path folder) {
        return folder != null && Files.getFileAttributeView(folder,
                java.nio.file.attribute.PosixFileAttributeView.class) != null;
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(FOLDER);
    }
}
