package org.kickoff.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The risks of a project: every rule of the questionnaire whose condition holds, and every question that
 * applies, is marked {@code riskIfUnanswered}, and is neither answered nor marked not applicable (an open
 * question is not answered yet). Hidden questions count as unanswered in the rules, because the rules see
 * the answers through the {@link Evaluation}.
 *
 * <p>Findings are ordered by level (high first), then topic, then question in questionnaire order, so that
 * the same answers always give the same list.
 */
public final class Risks {

    private final List<RiskFinding> findings;
    private final List<String> topicIds;

    private Risks(List<RiskFinding> findings, List<String> topicIds) {
        this.findings = List.copyOf(findings);
        this.topicIds = topicIds;
    }

    public static Risks of(Evaluation evaluation) {
        Questionnaire questionnaire = evaluation.questionnaire();
        Map<String, Integer> questionOrder = new java.util.HashMap<>();
        for (String id : questionnaire.questionIds()) {
            questionOrder.put(id, questionOrder.size());
        }
        List<String> topicIds = questionnaire.topics().stream().map(Topic::id).toList();
        List<Ranked> ranked = new ArrayList<>();
        List<RiskRule> rules = questionnaire.risks();
        for (int r = 0; r < rules.size(); r++) {
            RiskRule rule = rules.get(r);
            if (!rule.when().test(evaluation)) {
                continue;
            }
            List<String> linked = linkedQuestions(rule);
            String topicId = linked.stream().map(questionnaire::topicOf).filter(java.util.Optional::isPresent)
                    .map(t -> t.get().id()).findFirst().orElse("");
            ranked.add(new Ranked(new RiskFinding(RiskFinding.Kind.RULE, rule.id(), rule.level(), topicId, linked,
                    AnswerStatus.ANSWERED, rule.references(), rule.title(), rule.explanation(), rule.recommendation()),
                    linked.isEmpty() ? Integer.MAX_VALUE
                            : questionOrder.getOrDefault(linked.get(0), Integer.MAX_VALUE), 0, r));
        }
        for (Topic topic : questionnaire.topics()) {
            for (Question question : evaluation.visibleQuestions(topic)) {
                if (question.riskIfUnanswered() == null) {
                    continue;
                }
                Answer answer = evaluation.answer(question.id());
                if (answer.isAnswered() || answer.status() == AnswerStatus.NOT_APPLICABLE) {
                    continue;
                }
                AnswerStatus status = answer.status() == AnswerStatus.OPEN ? AnswerStatus.OPEN
                        : AnswerStatus.UNANSWERED;
                ranked.add(new Ranked(new RiskFinding(RiskFinding.Kind.UNANSWERED, question.id(),
                        question.riskIfUnanswered(), topic.id(), List.of(question.id()), status, question.references(),
                        null, null, null), questionOrder.get(question.id()), 1, 0));
            }
        }
        ranked.sort(Comparator.<Ranked>comparingInt(x -> x.finding.level().ordinal())
                .thenComparingInt(x -> topicRank(topicIds, x.finding.topicId()))
                .thenComparingInt(Ranked::questionIndex)
                .thenComparingInt(Ranked::kindRank)
                .thenComparingInt(Ranked::ruleIndex));
        return new Risks(ranked.stream().map(Ranked::finding).toList(), topicIds);
    }

    /** The rule's own list of questions, else those its condition looks at. */
    private static List<String> linkedQuestions(RiskRule rule) {
        if (!rule.questions().isEmpty()) {
            return rule.questions();
        }
        Set<String> ids = new LinkedHashSet<>();
        rule.when().tests().forEach(t -> ids.add(t.questionId()));
        return List.copyOf(ids);
    }

    private static int topicRank(List<String> topicIds, String topicId) {
        int index = topicIds.indexOf(topicId);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private record Ranked(RiskFinding finding, int questionIndex, int kindRank, int ruleIndex) {
    }

    public List<RiskFinding> findings() {
        return findings;
    }

    public int count(RiskLevel level) {
        return (int) findings.stream().filter(f -> f.level() == level).count();
    }

    public int count(String topicId, RiskLevel level) {
        return (int) findings.stream().filter(f -> f.level() == level && f.topicId().equals(topicId)).count();
    }

    /** The number of findings per level for each topic, in questionnaire order, every topic and level present. */
    public Map<String, Map<RiskLevel, Integer>> countsByTopic() {
        Map<String, Map<RiskLevel, Integer>> counts = new java.util.LinkedHashMap<>();
        for (String topicId : topicIds) {
            Map<RiskLevel, Integer> byLevel = new EnumMap<>(RiskLevel.class);
            for (RiskLevel level : RiskLevel.values()) {
                byLevel.put(level, count(topicId, level));
            }
            counts.put(topicId, byLevel);
        }
        return counts;
    }
}
