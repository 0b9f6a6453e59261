package org.kickoff.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Questionnaire;
import org.kickoff.i18n.Messages;
import org.kickoff.storage.ProjectFile;
import org.kickoff.storage.ProjectFileReader;
import org.kickoff.storage.QuestionnaireResolver;

/** Reading the project files a command is given, and saying in one line which one is bad and why. */
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

    /** @param key the message that names the file and its problem ({0} file, {1} problem) */
    ProjectInputs(Messages messages, String key) {
        this.messages = messages;
        this.key = key;
    }

    ProjectFile read(Path file) throws BadInput {
        try {
            return new ProjectFileReader().readFile(file);
        } catch (ProblemException e) {
            throw bad(file, e.first());
        }
    }

    /** The questionnaire the file's project answers: its embedded copy, else the built-in one. */
    Questionnaire questionnaire(Path file, ProjectFile project) throws BadInput {
        Optional<Questionnaire> questionnaire = resolver.answered(project);
        if (questionnaire.isEmpty()) {
            throw bad(file, Problem.at("$.questionnaire.id", "project.unknown-questionnaire",
                    project.project().questionnaire().id()));
        }
        return questionnaire.get();
    }

    BadInput bad(Path file, Problem problem) {
        return new BadInput(messages.get(key, file, messages.problem(problem)));
    }
}
