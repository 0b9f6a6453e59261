package org.kickoff.domain;

import java.util.List;
import java.util.Map;

/**
 * Checks that a project's answers fit its questionnaire: each value has its question's type and uses
 * options, units and columns that exist, numbers are in range. Answers to questions the questionnaire does
 * not have are not problems: they are kept (the questionnaire may have changed). Nor are answers to
 * questions marked "changed since you answered": they were given to an earlier version of the question,
 * the upgrade reported what no longer fits, and they wait for the user to confirm or correct them.
 */
public final class ProjectCheck {

    private ProjectCheck() {
    }

    /** The first {@link ProblemList#LIMIT} problems; an empty list means the answers fit. */
    public static List<Problem> check(Project project, Questionnaire questionnaire) {
        return problems(project, questionnaire).kept();
    }

    /** The problems, with how many there are in all. */
    public static ProblemList problems(Project project, Questionnaire questionnaire) {
        ProblemList problems = reference(project);
        if (!problems.isEmpty()) {
            return problems;
        }
        if (!project.questionnaire().id().equals(questionnaire.id())) {
            problems.add("$.questionnaire.id", "project.other-questionnaire", project.questionnaire().id(),
                    questionnaire.id());
            return problems;
        }
        for (Map.Entry<String, Answer> entry : project.answers().entrySet()) {
            if (project.isChangedSinceAnswered(entry.getKey())) {
                continue;
            }
            questionnaire.question(entry.getKey()).ifPresent(question ->
                    checkAnswer("$.answers['" + entry.getKey() + "']", question, entry.getValue(), problems));
        }
        return problems;
    }

    /**
     * What can be checked without the questionnaire: that the reference to it has the form of an id and a
     * version (a version is no place for a path or an essay).
     */
    public static ProblemList reference(Project project) {
        ProblemList problems = new ProblemList();
        QuestionnaireRef ref = project.questionnaire();
        if (!QuestionnaireCheck.isValidId(ref.id())) {
            problems.add("$.questionnaire.id", "questionnaire.bad-id", ref.id());
        }
        if (!QuestionnaireCheck.isValidVersion(ref.version())) {
            problems.add("$.questionnaire.version", "questionnaire.bad-version", ref.version());
        }
        return problems;
    }

    /**
     * What is wrong with one answer as its question now stands, also when the question changed since it was
     * answered (which the file check leaves alone): before the user confirms such an answer.
     */
    public static ProblemList answerProblems(Question question, Answer answer) {
        ProblemList problems = new ProblemList();
        checkAnswer("$.answers['" + question.id() + "']", question, answer, problems);
        return problems;
    }

    private static void checkAnswer(String at, Question question, Answer answer, ProblemList problems) {
        Value value = answer.value();
        if (value != null) {
            check(at, question.id(), question.type(), value, problems);
        }
        if (answer.due() != null) {
            DueDate.problemWith(answer.due()).ifPresent(p -> problems.add(p.located(at + ".due")));
        }
        answer.drafts().forEach((field, text) -> TextRule.check(text)
                .ifPresent(p -> problems.add(p.located(at + ".drafts." + field.fileName()))));
    }

    /** The value checked by its question's kind, which knows its options, units, range and columns. */
    private static <V extends Value> void check(String at, String questionId, QuestionType<V> type, Value value,
                                                ProblemList problems) {
        type.valueOf(value).ifPresentOrElse(v -> type.checkValue(at, v, problems),
                () -> problems.add(at, "project.wrong-type", questionId, type.fileName()));
    }
}
