package org.kickoff.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;

/**
 * Opens and saves project files. A save is atomic (the file holds the old or the new version, never a
 * part), keeps the previous version as a backup when backups are given, and reports a failure as a
 * {@link SaveException} that says why in words the user can act on.
 */
public final class ProjectFiles {

    /** The extension of project files. */
    public static final String EXTENSION = ".kickoff";

    private final ProjectFileReader reader = new ProjectFileReader();
    private final ProjectFileWriter writer = new ProjectFileWriter();
    private final Backups backups;
    private final FileWriting disk;
    private final Supplier<FileValidator> validator;

    /** Without backups; for the command line and tests. */
    public ProjectFiles() {
        this(null, FileWriting.system());
    }

    public ProjectFiles(Backups backups) {
        this(backups, FileWriting.system());
    }

    /**
     * @param backups where previous versions are kept, or null for none
     * @param disk    the file operations; tests pass one that fails
     */
    public ProjectFiles(Backups backups, FileWriting disk) {
        this.backups = backups;
        this.disk = disk;
        // the built-in questionnaire is read only when a file is opened
        this.validator = FileValidator::new;
    }

    /** As {@link #ProjectFiles(Backups, FileWriting)}, checking opened files against this built-in questionnaire. */
    public ProjectFiles(Backups backups, FileWriting disk, Questionnaire builtIn) {
        this.backups = backups;
        this.disk = disk;
        FileValidator checker = new FileValidator(builtIn);
        this.validator = () -> checker;
    }

    /** Opens a project file; refused with what {@code kickoff validate} would report (see {@link FileValidator}). */
    public Project open(Path file) throws ProblemException {
        return validator.get().project(file).project();
    }

    /** Reads a project from bytes, e.g. the example project shipped as a resource. */
    public Project read(byte[] bytes) throws ProblemException {
        return reader.read(bytes);
    }

    /** The project with its questionnaire's fingerprint and embedded copy; see {@link QuestionnaireResolver}. */
    public ProjectFile openFile(Path file) throws ProblemException {
        return validator.get().project(file).file();
    }

    /**
     * Opens a file with its embedded questionnaire and remembers what it held, to notice later whether
     * someone else changed it. Checked as {@link #open} checks.
     */
    public OpenedProject openTracked(Path file) throws ProblemException {
        CheckedProject checked = validator.get().project(file);
        return new OpenedProject(checked.file(), checked.fingerprint());
    }

    public byte[] toBytes(Project project, Questionnaire questionnaire) {
        return writer.write(project, questionnaire);
    }

    /**
     * Saves the project: backs up the version on disk (a failed backup is a warning, not a failure), then
     * replaces the file atomically. Call it off the JavaFX thread.
     *
     * @throws SaveException when the file could not be written; it is then exactly as it was
     */
    public SaveResult save(Path file, Project project, Questionnaire questionnaire) throws SaveException {
        byte[] content = toBytes(project, questionnaire);
        List<Problem> warnings = new ArrayList<>();
        if (backups != null) {
            try {
                backups.keep(file);
            } catch (IOException | RuntimeException e) {
                warnings.add(Problem.at(file.toAbsolutePath().toString(), "backup.failed",
                        backups.folderFor(file), String.valueOf(e.getMessage())));
            }
        }
        try {
            AtomicFile.write(file, content, disk);
        } catch (IOException | RuntimeException e) {
            throw new SaveException(file, content.length, e);
        }
        return new SaveResult(file, FileFingerprint.of(content), warnings);
    }
}
