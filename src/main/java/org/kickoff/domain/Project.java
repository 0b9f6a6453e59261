package org.kickoff.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A kickoff project: what it is, which questionnaire it answers, and the answers by question id.
 * Immutable: every change returns a new project, so that "unsaved changes" is a comparison with the saved
 * one and nothing needs to be undone by hand.
 *
 * <p>{@code changedSinceAnswered} holds the ids of questions whose wording, type or options changed in a
 * newer version of the questionnaire after they were answered; each stays marked until the user confirms
 * the answer (see {@link QuestionnaireUpgrade}).
 */
public record Project(ProjectInfo info, QuestionnaireRef questionnaire, Map<String, Answer> answers,
                      UnknownFields unknown, Set<String> changedSinceAnswered) {

    public Project {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        unknown = unknown == null ? UnknownFields.NONE : unknown;
        changedSinceAnswered = changedSinceAnswered == null ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(changedSinceAnswered));
    }

    public Project(ProjectInfo info, QuestionnaireRef questionnaire, Map<String, Answer> answers,
                   UnknownFields unknown) {
        this(info, questionnaire, answers, unknown, Set.of());
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
        return new Project(info, questionnaire, copy, unknown, changedSinceAnswered);
    }

    public Project withInfo(ProjectInfo newInfo) {
        return new Project(newInfo, questionnaire, answers, unknown, changedSinceAnswered);
    }

    public Project withAnswers(Map<String, Answer> newAnswers) {
        return new Project(info, questionnaire, newAnswers, unknown, changedSinceAnswered);
    }

    public Project withQuestionnaire(QuestionnaireRef newQuestionnaire) {
        return new Project(info, newQuestionnaire, answers, unknown, changedSinceAnswered);
    }

    public Project withUnknown(UnknownFields newUnknown) {
        return new Project(info, questionnaire, answers, newUnknown, changedSinceAnswered);
    }

    public Project withChangedSinceAnswered(Collection<String> questionIds) {
        return new Project(info, questionnaire, answers, unknown, new LinkedHashSet<>(questionIds));
    }

    /** Whether the question changed in the questionnaire after it was answered, and the user has not confirmed. */
    public boolean isChangedSinceAnswered(String questionId) {
        return changedSinceAnswered.contains(questionId);
    }

    /** The user has seen the changed question and stands by (or has corrected) the answer: drop the mark. */
    public Project withChangeConfirmed(String questionId) {
        Set<String> marks = new LinkedHashSet<>(changedSinceAnswered);
        marks.remove(questionId);
        return withChangedSinceAnswered(marks);
    }
}
