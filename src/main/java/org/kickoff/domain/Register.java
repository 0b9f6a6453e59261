package org.kickoff.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The risk register of a project on a given day: every finding its answers give (in the order of
 * {@link Risks}), each with its entry and status, then the entries of findings that no longer apply ("gone"),
 * in the order they were recorded. The model behind the risk badges, the Actions page, the summary and
 * {@code kickoff risks}.
 */
public final class Register {

    private final List<RiskItem> items;
    private Map<String, List<RiskItem>> byQuestion;

    private Register(List<RiskItem> items) {
        this.items = List.copyOf(items);
    }

    public static Register of(Evaluation evaluation, Project project, LocalDate today) {
        return evaluation.register(project.register(), today);
    }

    public static Register of(Risks risks, Questionnaire questionnaire, Map<String, RiskEntry> entries,
                              LocalDate today) {
        List<RiskItem> items = new ArrayList<>();
        Set<String> current = new LinkedHashSet<>();
        for (RiskFinding finding : risks.findings()) {
            if (!current.add(finding.id())) {
                continue;
            }
            RiskEntry entry = entries.getOrDefault(finding.id(), RiskEntry.NONE);
            items.add(new RiskItem(finding.id(), finding.level(), finding.topicId(), finding.questionIds(),
                    Optional.of(finding), entry, entry.status(today), false));
        }
        for (Map.Entry<String, RiskEntry> stored : entries.entrySet()) {
            if (current.contains(stored.getKey())) {
                continue;
            }
            String id = stored.getKey();
            Optional<RiskRule> rule = questionnaire.risks().stream().filter(r -> r.id().equals(id)).findFirst();
            Optional<Question> question = questionnaire.question(id).filter(q -> q.riskIfUnanswered() != null);
            RiskLevel level = rule.map(RiskRule::level)
                    .or(() -> question.map(Question::riskIfUnanswered)).orElse(RiskLevel.LOW);
            List<String> questionIds = rule.map(Register::linked).orElseGet(() -> question.isPresent()
                    ? List.of(id) : List.of());
            String topicId = questionIds.stream().map(questionnaire::topicOf).flatMap(Optional::stream)
                    .map(Topic::id).findFirst().orElse("");
            items.add(new RiskItem(id, level, topicId, questionIds, Optional.empty(), stored.getValue(),
                    stored.getValue().status(today), true));
        }
        return new Register(items);
    }

    private static List<String> linked(RiskRule rule) {
        if (!rule.questions().isEmpty()) {
            return rule.questions();
        }
        Set<String> ids = new LinkedHashSet<>();
        rule.when().tests().forEach(t -> ids.add(t.questionId()));
        return List.copyOf(ids);
    }

    /** Every line: current findings first, then those gone. */
    public List<RiskItem> items() {
        return items;
    }

    /** The findings that apply now. */
    public List<RiskItem> current() {
        return items.stream().filter(i -> !i.gone()).toList();
    }

    public List<RiskItem> gone() {
        return items.stream().filter(RiskItem::gone).toList();
    }

    public Optional<RiskItem> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** Current findings behind the question (its own unanswered finding, or rules that name it). */
    public List<RiskItem> forQuestion(String questionId) {
        if (byQuestion == null) {
            // built once: a page asks for each of its cards
            Map<String, List<RiskItem>> index = new java.util.HashMap<>();
            for (RiskItem item : items) {
                if (!item.gone()) {
                    for (String id : new LinkedHashSet<>(item.questionIds())) {
                        index.computeIfAbsent(id, k -> new ArrayList<>()).add(item);
                    }
                }
            }
            index.replaceAll((k, v) -> List.copyOf(v));
            byQuestion = index;
        }
        return byQuestion.getOrDefault(questionId, List.of());
    }

    /** Current findings at or above the level that are neither accepted nor resolved: what fails a gate. */
    public List<RiskItem> unaddressed(RiskLevel threshold) {
        return current().stream().filter(i -> i.isAtLeast(threshold) && i.isUnaddressed()).toList();
    }

    /** Current findings that the meeting has to decide about: open, or accepted until a day now past. */
    public List<RiskItem> needingDecision() {
        return current().stream().filter(i -> i.status().needsDecision()).toList();
    }
}
