package org.kickoff.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private static void checkAnswer(String at, Question question, Answer answer, ProblemList problems) {
        Value value = answer.value();
        if (value == null) {
            return;
        }
        if (!value.fits(question.type())) {
            problems.add(at, "project.wrong-type", question.id(), question.type().fileName());
            return;
        }
        if (value instanceof Value.Single single && !single.isBlank() && !question.hasOption(single.optionId())) {
            problems.add(at + ".choice", "project.unknown-option", single.optionId());
        } else if (value instanceof Value.Multi multi) {
            // a set, not a scan of the options per choice: a file may hold many choices
            Set<String> known = new HashSet<>();
            Set<String> exclusiveIds = new HashSet<>();
            for (Choice option : question.options()) {
                known.add(option.id());
                if (option.exclusive()) {
                    exclusiveIds.add(option.id());
                }
            }
            boolean exclusive = false;
            for (int i = 0; i < multi.optionIds().size(); i++) {
                String id = multi.optionIds().get(i);
                if (!known.contains(id) && !question.hasOption(id)) {
                    problems.add(at + ".choices[" + i + "]", "project.unknown-option", id);
                } else if (exclusiveIds.contains(id)) {
                    exclusive = true;
                }
            }
            if (exclusive && multi.optionIds().size() > 1) {
                problems.add(at + ".choices", "project.exclusive-option");
            }
            if (multi.optionIds().size() != new HashSet<>(multi.optionIds()).size()) {
                problems.add(at + ".choices", "project.repeated-option");
            }
        } else if (value instanceof Value.Amount amount && amount.number() != null) {
            if (!amount.unit().isEmpty() && question.unit(amount.unit()).isEmpty()) {
                problems.add(at + ".unit", "project.unknown-unit", amount.unit());
            }
            if (question.min() != null && amount.number().compareTo(question.min()) < 0
                    || question.max() != null && amount.number().compareTo(question.max()) > 0) {
                problems.add(at + ".number", "project.out-of-range", amount.number().toPlainString(),
                        question.min() == null ? "" : question.min().toPlainString(),
                        question.max() == null ? "" : question.max().toPlainString());
            }
        } else if (value instanceof Value.Entries entries) {
            for (int i = 0; i < entries.rows().size(); i++) {
                for (String column : entries.rows().get(i).keySet()) {
                    if (question.column(column).isEmpty()) {
                        problems.add(at + ".entries[" + i + "]." + column, "project.unknown-column", column);
                    }
                }
            }
        }
    }
}
