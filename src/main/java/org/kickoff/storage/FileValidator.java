package org.kickoff.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.ProblemList;
import org.kickoff.domain.ProjectCheck;
import org.kickoff.domain.Questionnaire;

/**
 * The one check that decides whether a file can be used. {@code validate} reports it; {@code export},
 * {@code diff}, {@code merge} and the window's open refuse what it refuses (through {@link #project}), so
 * that no command works on a file another calls invalid. A project is read within the limits for
 * untrusted files, its answers checked against the questionnaire they answer ({@link
 * QuestionnaireResolver#answered}) and its reference to it checked for form; a questionnaire file is read
 * and checked as a whole.
 */
public final class FileValidator {

    /** What a check found: the first problems and how many there are in all; valid when there are none. */
    public record Result(List<Problem> problems, int total) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return total == 0;
        }
    }

    private final QuestionnaireResolver resolver;
    private final ProjectFileReader reader = new ProjectFileReader();

    /** With the questionnaire built into this jar. */
    public FileValidator() {
        this(new QuestionnaireResolver());
    }

    /** With the built-in questionnaire already read (the window reads it while the toolkit starts). */
    public FileValidator(Questionnaire builtIn) {
        this(new QuestionnaireResolver(builtIn));
    }

    public FileValidator(QuestionnaireResolver resolver) {
        this.resolver = resolver;
    }

    /** Checks a project or questionnaire file completely; see {@link Result}. */
    public Result check(Path file) {
        try {
            byte[] bytes = JsonSource.readBytes(file, JsonLimits.PROJECT);
            JsonNode tree = JsonSource.parse(bytes, JsonLimits.PROJECT);
            if (QuestionnaireReader.FORMAT.equals(tree.path("format").asText(null))) {
                if (looksLikeProject(tree)) {
                    return result(new ProblemException(Problem.at("$.format", "project.marked-as-questionnaire",
                            QuestionnaireReader.FORMAT)));
                }
                new QuestionnaireReader().fromTree(tree);
                return new Result(List.of(), 0);
            }
            project(tree, bytes);
            return new Result(List.of(), 0);
        } catch (ProblemException e) {
            return result(e);
        }
    }

    /** The first problems of the file; an empty list means valid. */
    public List<Problem> validate(Path file) {
        return check(file).problems();
    }

    /**
     * Reads a project file and checks it as {@code validate} does.
     *
     * @throws ProblemException with what {@code validate} would report
     */
    public CheckedProject project(Path file) throws ProblemException {
        byte[] bytes = JsonSource.readBytes(file, JsonLimits.PROJECT);
        return project(JsonSource.parse(bytes, JsonLimits.PROJECT), bytes);
    }

    /** A project from bytes (a merge's result before it is written), checked as a file would be. */
    public CheckedProject project(byte[] bytes) throws ProblemException {
        return project(JsonSource.parse(bytes, JsonLimits.PROJECT), bytes);
    }

    private CheckedProject project(JsonNode tree, byte[] bytes) throws ProblemException {
        ProjectFile file = reader.fromTree(tree);
        ProblemList problems = new ProblemList();
        Optional<Questionnaire> answered = resolver.answered(file);
        if (answered.isPresent()) {
            ProblemList found = ProjectCheck.problems(file.project(), answered.get());
            problems.addAll(found.kept(), found.total());
        } else if (resolver.knows(file)) {
            ProblemList found = ProjectCheck.reference(file.project());
            problems.addAll(found.kept(), found.total());
        } else {
            problems.add("$.questionnaire.id", "project.unknown-questionnaire", file.project().questionnaire().id());
        }
        problems.throwIfAny();
        return new CheckedProject(file, answered, FileFingerprint.of(bytes));
    }

    /** A project whose format was changed to the questionnaire's: said as such, not as a broken questionnaire. */
    private static boolean looksLikeProject(JsonNode tree) {
        return !tree.has("topics") && (tree.has("answers") || tree.has("project"));
    }

    private static Result result(ProblemException e) {
        return new Result(e.problems(), e.total());
    }
}
