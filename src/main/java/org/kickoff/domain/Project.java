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
 *
 * <p>The outcome of the kickoff belongs to the project too: the {@code register} says by finding id what was
 * decided about each risk, {@code actions} are the work decided on by action id, and {@code milestones} are
 * named snapshots of the answers and the register, oldest first.
 */
public record Project(ProjectInfo info, QuestionnaireRef questionnaire, Map<String, Answer> answers,
                      UnknownFields unknown, Set<String> changedSinceAnswered, Map<String, RiskEntry> register,
                      Map<String, Action> actions, List<Milestone> milestones) {

    public Project {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        unknown = unknown == null ? UnknownFields.NONE : unknown;
        changedSinceAnswered = changedSinceAnswered == null ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(changedSinceAnswered));
        register = register == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(register));
        actions = actions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(actions));
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    public Project(ProjectInfo info, QuestionnaireRef questionnaire, Map<String, Answer> answers,
                   UnknownFields unknown, Set<String> changedSinceAnswered) {
        this(info, questionnaire, answers, unknown, changedSinceAnswered, Map.of(), Map.of(), List.of());
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
        return new Project(info, questionnaire, copy, unknown, changedSinceAnswered, register, actions, milestones);
    }

    public Project withInfo(ProjectInfo newInfo) {
        return new Project(newInfo, questionnaire, answers, unknown, changedSinceAnswered, register, actions, milestones);
    }

    public Project withAnswers(Map<String, Answer> newAnswers) {
        return new Project(info, questionnaire, newAnswers, unknown, changedSinceAnswered, register, actions, milestones);
    }

    public Project withQuestionnaire(QuestionnaireRef newQuestionnaire) {
        return new Project(info, newQuestionnaire, answers, unknown, changedSinceAnswered, register, actions, milestones);
    }

    public Project withUnknown(UnknownFields newUnknown) {
        return new Project(info, questionnaire, answers, newUnknown, changedSinceAnswered, register, actions, milestones);
    }

    public Project withChangedSinceAnswered(Collection<String> questionIds) {
        return new Project(info, questionnaire, answers, unknown, new LinkedHashSet<>(questionIds), register,
                actions, milestones);
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

    public Project withRegister(Map<String, RiskEntry> newRegister) {
        return new Project(info, questionnaire, answers, unknown, changedSinceAnswered, newRegister, actions,
                milestones);
    }

    /** The register with this entry for the finding; an entry that decides nothing is removed. */
    public Project withRiskEntry(String findingId, RiskEntry entry) {
        Map<String, RiskEntry> copy = new LinkedHashMap<>(register);
        if (entry == null || entry.isEmpty()) {
            copy.remove(findingId);
        } else {
            copy.put(findingId, entry);
        }
        return withRegister(copy);
    }

    /** What the register holds for the finding; {@link RiskEntry#NONE} when nothing was decided. */
    public RiskEntry riskEntry(String findingId) {
        return register.getOrDefault(findingId, RiskEntry.NONE);
    }

    public Project withActions(Map<String, Action> newActions) {
        return new Project(info, questionnaire, answers, unknown, changedSinceAnswered, register, newActions,
                milestones);
    }

    /** The plan with this action added or replaced (by its id). */
    public Project withAction(Action action) {
        Map<String, Action> copy = new LinkedHashMap<>(actions);
        copy.put(action.id(), action);
        return withActions(copy);
    }

    public Project withoutAction(String actionId) {
        Map<String, Action> copy = new LinkedHashMap<>(actions);
        copy.remove(actionId);
        return withActions(copy);
    }

    public Project withMilestones(List<Milestone> newMilestones) {
        return new Project(info, questionnaire, answers, unknown, changedSinceAnswered, register, actions,
                newMilestones);
    }

    /** The milestones with one more, recorded last. */
    public Project withMilestone(Milestone milestone) {
        List<Milestone> copy = new java.util.ArrayList<>(milestones);
        copy.add(milestone);
        return withMilestones(copy);
    }

    /** The milestone of that name (names are unique; the last one recorded if a file says otherwise). */
    public Optional<Milestone> milestone(String name) {
        Optional<Milestone> found = Optional.empty();
        for (Milestone milestone : milestones) {
            if (milestone.name().equals(name == null ? null : name.strip())) {
                found = Optional.of(milestone);
            }
        }
        return found;
    }
}
