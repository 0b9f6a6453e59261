package org.kickoff.cli;

import java.nio.file.Path;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Questionnaire;
import org.kickoff.i18n.Messages;
import org.kickoff.storage.CheckedProject;
import org.kickoff.storage.FileValidator;
import org.kickoff.storage.QuestionnaireResolver;

/**
 * Reading the project files a command is given, through the one check {@code validate} reports
 * ({@link FileValidator}), and saying in one line which one is bad and why.
 */
final class ProjectInputs {

    /** A file that cannot be used; {@code line} names it and says what is wrong. */
    static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        BadInput(String line) {
            super(line, null, false, false);
        }
    }

    private final Messages messages;
    private final String key;
    private final QuestionnaireResolver resolver = new QuestionnaireResolver();
    private final FileValidator validator = new FileValidator(resolver);

    /** @param key the message that names the file and its problem ({0} file, {1} problem) */
    ProjectInputs(Messages messages, String key) {
        this.messages = messages;
        this.key = key;
    }

    /** The project in the file, refused as {@code validate} would refuse it. */
    CheckedProject read(Path file) throws BadInput {
        try {
            return validator.project(file);
        } catch (ProblemException e) {
            throw bad(file, e.first(), e.total());
        }
    }

    /**
     * The questionnaire to show and print the project with: the one its answers were checked against;
     * for a version of the built-in questionnaire this Kickoff does not have, the built-in one, to which
     * opening it would upgrade it.
     */
    Questionnaire questionnaire(Path file, CheckedProject project) throws BadInput {
        if (project.answered().isPresent()) {
            return project.answered().get();
        }
        try {
            return resolver.resolve(project.file()).questionnaire();
        } catch (ProblemException e) {
            throw bad(file, e.first(), e.total());
        }
    }

    /** The questionnaire and project an export works with: upgraded as the window would upgrade it. */
    QuestionnaireResolver.Resolved resolved(Path file, CheckedProject project) throws BadInput {
        try {
            return resolver.resolve(project.file());
        } catch (ProblemException e) {
            throw bad(file, e.first(), e.total());
        }
    }

    FileValidator validator() {
        return validator;
    }

    BadInput bad(Path file, Problem problem, int total) {
        String line = messages.get(key, Output.path(file), messages.problem(problem));
        return new BadInput(Output.withSuffix(line, total > 1 ? messages.get("validate.more", total - 1) : ""));
    }
}
