package org.kickoff.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The previous versions of saved files, kept in the application-data folder and never beside the project
 * (a shared folder stays tidy). Each project has its own subfolder, named after the file and a hash of its
 * absolute path ({@code backups/parcels.kickoff-3f2a9c0d11e4/}), holding a note of that path and up to a
 * few generations named after the file and the UTC time they were replaced
 * ({@code parcels.2026-11-29_21-13-37-123Z.kickoff}); the oldest are removed.
 */
public final class Backups {

    /** How many previous versions are kept per project. */
    public static final int GENERATIONS = 5;
    /** A file larger than a project file can be is not a project: it is not copied. */
    static final long MAX_SIZE = JsonLimits.PROJECT.maxBytes();
    static final String ORIGIN_NOTE = "original-path.txt";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss-SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path folder;
    private final int generations;
    private final Clock clock;

    public Backups(Path folder) {
        this(folder, GENERATIONS, Clock.systemUTC());
    }

    public Backups(Path folder, int generations, Clock clock) {
        if (generations < 1) {
            throw new IllegalArgumentException("generations must be at least 1");
        }
        this.folder = folder;
        this.generations = generations;
        this.clock = clock;
    }

    /**
     * Copies the file as it is now, before a save replaces it. Nothing is copied when there is no file yet
     * or it equals the newest backup (saving twice without a change would otherwise push out the older
     * generations).
     *
     * @return the new backup, or empty when none was needed
     * @throws IOException when the copy could not be made; the caller saves anyway
     */
    public Optional<Path> keep(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            return Optional.empty();
        }
        long size = Files.size(absolute);
        if (size > MAX_SIZE) {
            throw new IOException("the file is too large for a backup (" + size / 1024 + " KB)");
        }
        byte[] current = Files.readAllBytes(absolute);
        List<Path> existing = of(absolute);
        if (!existing.isEmpty() && Arrays.equals(current, Files.readAllBytes(existing.get(0)))) {
            return Optional.empty();
        }
        Path projectFolder = folderFor(absolute);
        // the backups folder lies in Kickoff's data folder: both are Kickoff's own, and private
        PrivateFiles.folder(projectFolder, folder.toAbsolutePath().getParent() == null ? folder
                : folder.toAbsolutePath().getParent());
        Path note = projectFolder.resolve(ORIGIN_NOTE);
        if (!Files.exists(note)) {
            AtomicFile.write(note, (absolute + "\n").getBytes(StandardCharsets.UTF_8), FileWriting.system(),
                    PrivateFiles.FILE);
        }
        Path backup = freeName(projectFolder, absolute);
        AtomicFile.removeAbandonedIn(projectFolder);
        AtomicFile.write(backup, current, FileWriting.system(), PrivateFiles.copyOf(absolute));
        prune(absolute);
        return Optional.of(backup);
    }

    /** The backups of this file, newest first. */
    public List<Path> of(Path file) {
        Path absolute = file.toAbsolutePath();
        Path projectFolder = folderFor(absolute);
        String[] parts = nameParts(absolute);
        List<Path> backups = new ArrayList<>();
        if (!Files.isDirectory(projectFolder)) {
            return backups;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(projectFolder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(parts[0] + ".") && name.endsWith(parts[1]) && !AtomicFile.isTemporary(name)
                        && name.length() == parts[0].length() + 1 + 24 + parts[1].length()) {
                    backups.add(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        // the time stamps have a fixed width, so the names sort by time
        backups.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return backups;
    }

    /** The subfolder holding this file's backups. */
    public Path folderFor(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName() == null ? "root" : absolute.getFileName().toString();
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.length() > 60) {
            safe = safe.substring(0, 60);
        }
        return folder.resolve(safe + "-" + hash(absolute.toString()));
    }

    private void prune(Path file) throws IOException {
        List<Path> backups = of(file);
        for (Path old : backups.subList(Math.min(generations, backups.size()), backups.size())) {
            Files.deleteIfExists(old);
        }
    }

    private Path freeName(Path projectFolder, Path file) {
        String[] parts = nameParts(file);
        Instant when = clock.instant();
        while (true) {
            Path candidate = projectFolder.resolve(parts[0] + "." + STAMP.format(when) + parts[1]);
            if (!Files.exists(candidate)) {
                return candidate;
            }
            // two saves in the same millisecond: the later one gets the next millisecond, keeping the order
            when = when.plusMillis(1);
        }
    }

    /** The name without and with its extension: {@code parcels}, {@code .kickoff}. */
    private static String[] nameParts(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? new String[] {name.substring(0, dot), name.substring(dot)} : new String[] {name, ""};
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
