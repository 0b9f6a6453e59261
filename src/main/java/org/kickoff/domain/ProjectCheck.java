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
        if (value == null) {
            return;
        }
        if (!value.fits(question.type())) {
            problems.add(Problem.at(at, "project.wrong-type", question.id(), question.type().fileName()));
            return;
        }
        if (value instanceof Value.Single single && !single.isBlank() && !question.hasOption(single.optionId())) {
            problems.add(Problem.at(at + ".choice", "project.unknown-option", single.optionId()));
        } else if (value instanceof Value.Multi multi) {
            boolean exclusive = false;
            for (int i = 0; i < multi.optionIds().size(); i++) {
                String id = multi.optionIds().get(i);
                if (!question.hasOption(id)) {
                    problems.add(Problem.at(at + ".choices[" + i + "]", "project.unknown-option", id));
                } else if (question.option(id).map(Choice::exclusive).orElse(false)) {
                    exclusive = true;
                }
            }
            if (exclusive && multi.optionIds().size() > 1) {
                problems.add(Problem.at(at + ".choices", "project.exclusive-option"));
            }
            if (multi.optionIds().size() != multi.optionIds().stream().distinct().count()) {
                problems.add(Problem.at(at + ".choices", "project.repeated-option"));
            }
        } else if (value instanceof Value.Amount amount && amount.number() != null) {
            if (!amount.unit().isEmpty() && question.unit(amount.unit()).isEmpty()) {
                problems.add(Problem.at(at + ".unit", "project.unknown-unit", amount.unit()));
            }
            if (question.min() != null && amount.number().compareTo(question.min()) < 0
                    || question.max() != null && amount.number().compareTo(question.max()) > 0) {
                problems.add(Problem.at(at + ".number", "project.out-of-range", amount.number().toPlainString(),
                        question.min() == null ? "" : question.min().toPlainString(),
                        question.max() == null ? "" : question.max().toPlainString()));
            }
        } else if (value instanceof Value.Entries entries) {
            for (int i = 0; i < entries.rows().size(); i++) {
                for (String column : entries.rows().get(i).keySet()) {
                    if (question.column(column).isEmpty()) {
                        problems.add(Problem.at(at + ".entries[" + i + "]." + column, "project.unknown-column",
                                column));
                    }
                }
            }
        }
    }
}
