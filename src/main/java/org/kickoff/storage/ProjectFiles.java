package org.kickoff.storage;

import java.io.IOException;
import java.nio.file.Path;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;

/** Opens and saves project files. */
public final class ProjectFiles {

    /** The extension of project files. */
    public static final String EXTENSION = ".kickoff";

    private final ProjectFileReader reader = new ProjectFileReader();
    private final ProjectFileWriter writer = new ProjectFileWriter();

    public Project open(Path file) throws ProblemException {
        return reader.read(file);
    }

    /** Reads a project from bytes, e.g. the example project shipped as a resource. */
    public Project read(byte[] bytes) throws ProblemException {
        return reader.read(bytes);
    }

    /** The project with its questionnaire's fingerprint and embedded copy; see {@link QuestionnaireResolver}. */
    public ProjectFile openFile(Path file) throws ProblemException {
        return reader.readFile(file);
    }

    public byte[] toBytes(Project project, Questionnaire questionnaire) {
        return writer.write(project, questionnaire);
    }

    /** Writes the project atomically: the file holds the old or the new version, never a part. */
    public void save(Path file, Project project, Questionnaire questionnaire) throws IOException {
        AtomicFile.write(file, toBytes(project, questionnaire));
    }
}
