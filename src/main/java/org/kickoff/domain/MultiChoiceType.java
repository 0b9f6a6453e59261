package org.kickoff.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A question answered by any number of its options (and "other" where {@code allowOther}); an option marked
 * exclusive ("none of these") stands alone.
 */
public record MultiChoiceType(List<Choice> options, boolean allowOther) implements QuestionType<Value.Multi> {

    public static final String NAME = "multi";

    public MultiChoiceType {
        options = List.copyOf(options);
    }

    @Override
    public String fileName() {
        return NAME;
    }

    @Override
    public String labelKey() {
        return "type.multi";
    }

    @Override
    public Class<Value.Multi> valueClass() {
        return Value.Multi.class;
    }

    public Optional<Choice> option(String optionId) {
        return Choices.option(options, optionId);
    }

    @Override
    public boolean hasOption(String optionId) {
        return Choices.hasOption(options, allowOther, optionId);
    }

    public boolean isExclusive(String optionId) {
        return option(optionId).map(Choice::exclusive).orElse(false);
    }

    /**
     * The chosen options after ticking ({@code selected}) or unticking one: an exclusive option clears the
     * others and any other clears an exclusive one; the result is in questionnaire order.
     */
    public List<String> toggled(List<String> chosen, String optionId, boolean selected) {
        List<String> next = new ArrayList<>(chosen);
        if (selected) {
            if (isExclusive(optionId)) {
                next.clear();
            } else {
                next.removeIf(this::isExclusive);
            }
            if (!next.contains(optionId)) {
                next.add(optionId);
            }
        } else {
            next.remove(optionId);
        }
        return inOrder(next);
    }

    /** The ids in questionnaire order, "other" after the options, ids the questionnaire lacks last. */
    public List<String> inOrder(List<String> ids) {
        List<String> ordered = new ArrayList<>();
        options.stream().map(Choice::id).filter(ids::contains).forEach(ordered::add);
        if (ids.contains(Question.OTHER) && !ordered.contains(Question.OTHER)) {
            ordered.add(Question.OTHER);
        }
        ids.stream().filter(id -> !ordered.contains(id)).distinct().forEach(ordered::add);
        return ordered;
    }

    @Override
    public java.util.Map<String, Integer> partCounts() {
        return java.util.Map.of("options", options.size());
    }

    @Override
    public void checkDefinition(String at, String questionId, DefinitionCheck check) {
        Choices.checkDefinition(at, questionId, options, allowOther, check);
    }

    @Override
    public void checkValue(String at, Value.Multi value, ProblemList problems) {
        // sets, not a scan of the options per choice: a file may hold many choices
        Set<String> known = new HashSet<>();
        Set<String> exclusiveIds = new HashSet<>();
        for (Choice option : options) {
            known.add(option.id());
            if (option.exclusive()) {
                exclusiveIds.add(option.id());
            }
        }
        boolean exclusive = false;
        for (int i = 0; i < value.optionIds().size(); i++) {
            String id = value.optionIds().get(i);
            if (!known.contains(id) && !hasOption(id)) {
                problems.add(at + ".choices[" + i + "]", "project.unknown-option", id);
            } else if (exclusiveIds.contains(id)) {
                exclusive = true;
            }
        }
        if (exclusive && value.optionIds().size() > 1) {
            problems.add(at + ".choices", "project.exclusive-option");
        }
        if (new HashSet<>(value.optionIds()).size() != value.optionIds().size()) {
            problems.add(at + ".choices", "project.repeated-option");
        }
        TextRule.check(value.other()).ifPresent(p -> problems.add(p.located(at + ".other")));
    }

    @Override
    public boolean accepts(Condition.Test test) {
        return Choices.accepts(test, false);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.multi(this);
    }
}
