package org.kickoff.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks that a project's answers fit its questionnaire: each value has its question's type and uses
 * options, units and columns that exist, numbers are in range. Answers to questions the questionnaire does
 * not have are not problems: they are kept (the questionnaire may have changed).
 */
public final class ProjectCheck {

    private ProjectCheck() {
    }

    public static List<Problem> check(Project project, Questionnaire questionnaire) {
        List<Problem> problems = new ArrayList<>();
        if (!project.questionnaire().id().equals(questionnaire.id())) {
            problems.add(Problem.at("$.questionnaire.id", "project.other-questionnaire",
                    project.questionnaire().id(), questionnaire.id()));
            return problems;
        }
        for (Map.Entry<String, Answer> entry : project.answers().entrySet()) {
            questionnaire.question(entry.getKey()).ifPresent(question ->
                    checkAnswer("$.answers['" + entry.getKey() + "']", question, entry.getValue(), problems));
        }
        return problems;
    }

    private static void checkAnswer(String at, Question question, Answer answer, List<Problem> problems) {
        Value value = answer.value();
        if (value != null) {
            check(at, question.id(), question.type(), value, problems);
        }
        if (answer.due() != null) {
            DueDate.problemWith(answer.due()).ifPresent(p -> problems.add(p.located(at + ".due")));
        }
    }

    /** The value checked by its question's kind, which knows its options, units, range and columns. */
    private static <V extends Value> void check(String at, String questionId, QuestionType<V> type, Value value, List<Problem> problems) {
        type.valueOf(value).ifPresentOrElse(v -> type.checkValue(at, v, problems),
                () -> problems.add(Problem.at(at, "project.wrong-type", questionId, type.fileName())));
    }
}
