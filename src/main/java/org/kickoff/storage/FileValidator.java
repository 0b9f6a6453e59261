package org.kickoff.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.ProjectCheck;
import org.kickoff.domain.Questionnaire;

/** Checks a project or questionnaire file completely and lists what is wrong; an empty list means valid. */
public final class FileValidator {

    private final Function<String, Optional<Questionnaire>> questionnaires;

    /**
     * @param questionnaires finds a questionnaire by id, to check the answers of a project that does not
     *                       embed the questionnaire it answers
     */
    public FileValidator(Function<String, Optional<Questionnaire>> questionnaires) {
        this.questionnaires = questionnaires;
    }

    /**
     * The problems of the file. A project is checked against the questionnaire it answers: the copy it
     * embeds (itself checked like a questionnaire file), else the one {@code questionnaires} finds.
     */
    public List<Problem> validate(Path file) {
        try {
            JsonNode tree = JsonSource.parse(JsonSource.readBytes(file, JsonLimits.PROJECT), JsonLimits.PROJECT);
            if (QuestionnaireReader.FORMAT.equals(tree.path("format").asText(null))) {
                new QuestionnaireReader().fromTree(tree);
                return List.of();
            }
            ProjectFile project = new ProjectFileReader().fromTree(tree);
            String id = project.project().questionnaire().id();
            Optional<Questionnaire> questionnaire = project.embedded().or(() -> questionnaires.apply(id));
            if (questionnaire.isEmpty()) {
                return List.of(Problem.at("$.questionnaire.id", "project.unknown-questionnaire", id));
            }
            return ProjectCheck.check(project.project(), questionnaire.get());
        } catch (ProblemException e) {
            return e.problems();
        }
    }
}
