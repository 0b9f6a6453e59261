package org.kickoff.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a questionnaire for what would break the wizard or the summary: duplicate ids, references to
 * questions or options that do not exist, conditions that look forward or in a circle, missing
 * translations and question types without their parts. Locations are JSON paths into the questionnaire.
 */
public final class QuestionnaireCheck {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");

    private final Questionnaire questionnaire;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> topicIndexOfQuestion = new HashMap<>();
    private final QuestionType.DefinitionCheck definitionCheck = new QuestionType.DefinitionCheck() {
        @Override
        public void id(String at, String id, Set<String> seen) {
            QuestionnaireCheck.this.id(at, id, seen);
        }

        @Override
        public void texts(String at, LocalizedText text) {
            QuestionnaireCheck.this.texts(at, text);
        }

        @Override
        public void problem(Problem problem) {
            problems.add(problem);
        }
    };

    private QuestionnaireCheck(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    public static List<Problem> check(Questionnaire questionnaire) {
        QuestionnaireCheck check = new QuestionnaireCheck(questionnaire);
        check.run();
        return List.copyOf(check.problems);
    }

    private void run() {
        if (questionnaire.languages().isEmpty()) {
            problems.add(Problem.at("$.languages", "questionnaire.no-languages"));
        }
        if (!ID.matcher(questionnaire.id()).matches()) {
            problems.add(Problem.at("$.id", "questionnaire.bad-id", questionnaire.id()));
        }
        if (questionnaire.topics().isEmpty()) {
            problems.add(Problem.at("$.topics", "questionnaire.no-topics"));
        }
        texts("$.title", questionnaire.title());
        Set<String> topicIds = new HashSet<>();
        Set<String> questionIds = new HashSet<>();
        for (int t = 0; t < questionnaire.topics().size(); t++) {
            Topic topic = questionnaire.topics().get(t);
            String at = "$.topics[" + t + "]";
            id(at + ".id", topic.id(), topicIds);
            texts(at + ".title", topic.title());
            for (int q = 0; q < topic.questions().size(); q++) {
                Question question = topic.questions().get(q);
                id(at + ".questions[" + q + "].id", question.id(), questionIds);
                topicIndexOfQuestion.putIfAbsent(question.id(), t);
            }
        }
        for (int t = 0; t < questionnaire.topics().size(); t++) {
            Topic topic = questionnaire.topics().get(t);
            for (int q = 0; q < topic.questions().size(); q++) {
                question("$.topics[" + t + "].questions[" + q + "]", t, topic.questions().get(q));
            }
        }
        cycles();
        Set<String> riskIds = new HashSet<>();
        for (int r = 0; r < questionnaire.risks().size(); r++) {
            RiskRule rule = questionnaire.risks().get(r);
            String at = "$.risks[" + r + "]";
            id(at + ".id", rule.id(), riskIds);
            texts(at + ".title", rule.title());
            texts(at + ".explanation", rule.explanation());
            texts(at + ".recommendation", rule.recommendation());
            references(at + ".when", rule.when(), Integer.MAX_VALUE);
            for (int i = 0; i < rule.questions().size(); i++) {
                if (questionnaire.question(rule.questions().get(i)).isEmpty()) {
                    problems.add(Problem.at(at + ".questions[" + i + "]", "questionnaire.unknown-question",
                            rule.questions().get(i)));
                }
            }
            references(at, rule.references());
        }
    }

    private void question(String at, int topicIndex, Question question) {
        texts(at + ".text", question.text());
        texts(at + ".guidance", question.guidance());
        if (!question.placeholder().texts().isEmpty()) {
            texts(at + ".placeholder", question.placeholder());
        }
        references(at, question.references());
        question.type().checkDefinition(at, question.id(), definitionCheck);
        references(at + ".visibleIf", question.visibleIf(), topicIndex);
    }

    /** Every test names an existing question (on this or an earlier topic) and, for options, an existing one. */
    private void references(String at, Condition condition, int maxTopicIndex) {
        for (Condition.Test test : condition.tests()) {
            var target = questionnaire.question(test.questionId());
            if (target.isEmpty()) {
                problems.add(Problem.at(at, "questionnaire.unknown-question", test.questionId()));
                continue;
            }
            if (topicIndexOfQuestion.getOrDefault(test.questionId(), 0) > maxTopicIndex) {
                problems.add(Problem.at(at, "questionnaire.forward-reference", test.questionId()));
            }
            QuestionType<?> type = target.get().type();
            if (!type.accepts(test)) {
                problems.add(Problem.at(at, "questionnaire.test-type", test.source(), type.fileName()));
                continue;
            }
            String option = test instanceof Condition.Has has ? has.optionId()
                    : test instanceof Condition.Equals eq && eq.literal() instanceof String s ? s : null;
            if (option != null && !type.hasOption(option)) {
                problems.add(Problem.at(at, "questionnaire.unknown-option", test.questionId(), option));
            }
        }
    }

    private void cycles() {
        Map<String, Integer> state = new HashMap<>();
        for (Question question : questionnaire.questions()) {
            visit(question.id(), state, new ArrayList<>());
        }
    }

    /** Depth-first search; state 1 = on the current path, 2 = done. */
    private void visit(String questionId, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(questionId);
        if (s != null) {
            if (s == 1) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(questionId), path.size()));
                cycle.add(questionId);
                problems.add(Problem.at("$.topics", "questionnaire.cycle", String.join(" -> ", cycle)));
            }
            return;
        }
        var question = questionnaire.question(questionId);
        if (question.isEmpty()) {
            return;
        }
        state.put(questionId, 1);
        path.add(questionId);
        for (Condition.Test test : question.get().visibleIf().tests()) {
            visit(test.questionId(), state, path);
        }
        path.remove(path.size() - 1);
        state.put(questionId, 2);
    }

    private void id(String at, String id, Set<String> seen) {
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(Problem.at(at, "questionnaire.bad-id", id));
        } else if (!seen.add(id)) {
            problems.add(Problem.at(at, "questionnaire.duplicate-id", id));
        }
    }

    /**
     * Every reference names a known source and an item as that source numbers it. The reader puts the
     * reference of a {@code factor} field after those of {@code references} and checks it itself, so the
     * index here is the one in the file's {@code references}.
     */
    private void references(String at, List<Reference> references) {
        for (int i = 0; i < references.size(); i++) {
            Reference reference = references.get(i);
            String where = at + ".references[" + i + "]";
            var source = reference.knownSource();
            if (source.isEmpty()) {
                problems.add(Problem.at(where + ".source", "questionnaire.unknown-reference-source",
                        reference.source(), knownSources()));
            } else if (!source.get().accepts(reference.item())) {
                problems.add(Problem.at(where + ".item", "questionnaire.bad-reference", reference.item(),
                        reference.source(), source.get().example()));
            }
        }
    }

    private static String knownSources() {
        return String.join(", ", java.util.Arrays.stream(ReferenceSource.values()).map(ReferenceSource::fileName)
                .toList());
    }

    private void texts(String at, LocalizedText text) {
        for (String language : questionnaire.languages()) {
            if (text == null || !text.has(language)) {
                problems.add(Problem.at(at, "questionnaire.missing-text", language));
            }
        }
    }
}
