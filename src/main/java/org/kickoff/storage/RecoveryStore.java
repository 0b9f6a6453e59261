package org.kickoff.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;

/**
 * Recovery copies of unsaved work, in the application-data folder. A copy is one JSON file, written
 * atomically: the project as it would be saved, the file it belongs to, when, and which running Kickoff
 * wrote it. After a crash the next start lists the copies whose Kickoff is no longer running and offers
 * to restore or discard them; the copies of a Kickoff still running (another window) are left alone.
 * A copy written on another machine (a home folder shared between machines) cannot be checked that way
 * and is offered. A copy is read as untrusted input, like any project file.
 */
public final class RecoveryStore {

    public static final String FORMAT = "kickoff-recovery";
    public static final int FORMAT_VERSION = 1;
    static final String SUFFIX = ".recovery.json";
    /** A folder full of copies is a bug somewhere; listing the newest is enough to recover. */
    private static final int MAX_LISTED = 50;

    private final Path folder;
    private final AppInstance instance;
    private final Clock clock;
    private final AtomicInteger drafts = new AtomicInteger();

    public RecoveryStore(Path folder, AppInstance instance) {
        this(folder, instance, Clock.systemUTC());
    }

    public RecoveryStore(Path folder, AppInstance instance, Clock clock) {
        this.folder = folder;
        this.instance = instance;
        this.clock = clock;
    }

    /** A place for the recovery copy of one open project; each window takes its own. */
    public Draft newDraft() {
        String session = instance.session().replaceAll("[^A-Za-z0-9]", "");
        String name = "recovery-" + instance.pid() + "-" + session.substring(0, Math.min(8, session.length()))
                + "-" + drafts.incrementAndGet() + SUFFIX;
        return new Draft(folder.resolve(name));
    }

    /**
     * The copies left by Kickoffs that are no longer running, newest first; damaged copies are listed too
     * (with their problem), so that the user can discard them. Temporary files of copies whose writing was
     * cut short are removed.
     */
    public List<RecoveryCopy> leftovers() {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        // copies being written when their Kickoff was killed; called at start, so a good moment to tidy up
        AtomicFile.removeAbandonedIn(folder);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                entry -> entry.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(entry))) {
            entries.forEach(files::add);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        List<RecoveryCopy> copies = new ArrayList<>();
        for (Path file : files) {
            RecoveryCopy copy = describe(file);
            if (copy != null) {
                copies.add(copy);
            }
        }
        copies.sort(Comparator.comparing(RecoveryCopy::saved, Comparator.nullsLast(Comparator.reverseOrder())));
        return copies.size() > MAX_LISTED ? List.copyOf(copies.subList(0, MAX_LISTED)) : copies;
    }

    /**
     * The project in a copy, checked like a project file. The copy stays until {@link #discard}: discard it
     * once the restored project has a recovery copy of its own (or has been saved).
     */
    public Project restore(RecoveryCopy copy) throws ProblemException {
        return read(copy.path()).file().project();
    }

    /** The recovered project with the questionnaire copy it carries (a team's own questionnaire travels along). */
    public ProjectFile restoreFile(RecoveryCopy copy) throws ProblemException {
        return read(copy.path()).file();
    }

    /** Deletes a copy; false when it could not be deleted (it is then offered again next time). */
    public boolean discard(RecoveryCopy copy) {
        try {
            Files.deleteIfExists(copy.path());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private RecoveryCopy describe(Path file) {
        try {
            Contents contents = read(file);
            if (contents.session().equals(instance.session())
                    || instance.sameHost(contents.host()) && AppInstance.isRunning(contents.pid(), contents.start())) {
                return null;
            }
            return new RecoveryCopy(file, contents.original(), contents.saved(), contents.file().project().info().name(),
                    null);
        } catch (ProblemException e) {
            return new RecoveryCopy(file, null, modified(file), "", e.first());
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    private record Contents(ProjectFile file, Path original, Instant saved, String session, String host, long pid,
                            Instant start) {
    }

    private static Contents read(Path file) throws ProblemException {
        JsonNode tree = JsonSource.parse(JsonSource.readBytes(file, JsonLimits.RECOVERY), JsonLimits.RECOVERY);
        JsonObject root = JsonObject.of(tree, "$");
        String format = root.string("format", "");
        if (!FORMAT.equals(format)) {
            throw new ProblemException(Problem.at("$.format", "recovery.foreign", format));
        }
        BigDecimal version = root.number("formatVersion").orElseThrow(
                () -> new ProblemException(Problem.at("$.formatVersion", "json.missing")));
        if (version.compareTo(BigDecimal.valueOf(FORMAT_VERSION)) > 0) {
            throw new ProblemException(Problem.at("$.formatVersion", "recovery.newer-format", version.toPlainString(),
                    FORMAT_VERSION));
        }
        Instant saved = root.instant("saved");
        if (saved == null) {
            throw new ProblemException(Problem.at("$.saved", "json.missing"));
        }
        Path original = null;
        String path = root.string("file", null);
        if (path != null) {
            try {
                original = Path.of(path);
            } catch (InvalidPathException e) {
                original = null;
            }
            if (original == null || !original.isAbsolute()) {
                throw new ProblemException(Problem.at("$.file", "recovery.bad-path", path));
            }
        }
        long pid = root.number("pid").map(BigDecimal::longValue).orElse(0L);
        ProjectFile project = new ProjectFileReader().fromTree(root.object("project").node());
        return new Contents(project, original, saved, root.string("session", ""), root.string("host", ""), pid,
                root.instant("processStart"));
    }

    /** The recovery copy of one open project. Its methods do file I/O: call them off the JavaFX thread. */
    public final class Draft {

        private final Path file;

        private Draft(Path file) {
            this.file = file;
        }

        public Path file() {
            return file;
        }

        /**
         * Writes the copy atomically, replacing the previous one.
         *
         * @param original the project's file, or null while it has none
         */
        public void write(Project project, Questionnaire questionnaire, Path original) throws IOException {
            ProjectFileWriter writer = new ProjectFileWriter();
            byte[] content = PrettyJson.write(g -> {
                g.writeStartObject();
                g.writeStringField("format", FORMAT);
                g.writeNumberField("formatVersion", FORMAT_VERSION);
                g.writeStringField("saved", clock.instant().toString());
                if (original != null) {
                    g.writeStringField("file", original.toAbsolutePath().toString());
                }
                g.writeStringField("session", instance.session());
                g.writeNumberField("pid", instance.pid());
                if (instance.processStart() != null) {
                    g.writeStringField("processStart", instance.processStart().toString());
                }
                g.writeStringField("host", instance.host());
                g.writeStringField("user", instance.user());
                g.writeFieldName("project");
                writer.writeTo(g, project, questionnaire);
                g.writeEndObject();
            });
            // the recovery folder lies in Kickoff's data folder: both are Kickoff's own, and private
            Path data = folder.toAbsolutePath().getParent();
            PrivateFiles.folder(folder, data == null ? folder : data);
            AtomicFile.write(file, content, FileWriting.system(),
                    original == null ? PrivateFiles.FILE : PrivateFiles.copyOf(original));
        }

        /** Removes the copy: after a successful save, or when the user closes without saving. */
        public void clear() throws IOException {
            Files.deleteIfExists(file);
        }
    }
}
