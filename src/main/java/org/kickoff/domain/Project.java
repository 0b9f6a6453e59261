package org.kickoff.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kickoff project: what it is, which questionnaire it answers, and the answers by question id.
 * Immutable: every change returns a new project, so that "unsaved changes" is a comparison with the saved
 * one and nothing needs to be undone by hand.
 */
public record Project(ProjectInfo info, QuestionnaireRef questionnaire, Map<String, Answer> answers,
                      UnknownFields unknown) {

    public Project {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        unknown = unknown == null ? UnknownFields.NONE : unknown;
    }

    public static Project create(String name, QuestionnaireRef questionnaire, Instant now) {
        return new Project(new ProjectInfo(name, "", List.of(), now, now, UnknownFields.NONE), questionnaire,
                Map.of(), UnknownFields.NONE);
    }

    public Optional<Answer> answer(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }

    /** The answer, or an empty one. */
    public Answer answerOrEmpty(String questionId) {
        return answers.getOrDefault(questionId, Answer.EMPTY);
    }

    /** A project with this answer; an answer that holds nothing is removed rather than stored. */
    public Project withAnswer(String questionId, Answer answer) {
        Map<String, Answer> copy = new LinkedHashMap<>(answers);
        if (answer == null || answer.isEmpty()) {
            copy.remove(questionId);
        } else {
            copy.put(questionId, answer);
        }
        return new Project(info, questionnaire, copy, unknown);
    }

    public Project withInfo(ProjectInfo newInfo) {
        return new Project(newInfo, questionnaire, answers, unknown);
    }

    public Project withAnswers(Map<String, Answer> newAnswers) {
        return new Project(info, questionnaire, newAnswers, unknown);
    }
}
