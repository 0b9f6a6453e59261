package org.kickoff.domain;

import java.util.List;
import java.util.Optional;

/** A question answered by one of its options, or by "other" with a text where {@code allowOther}. */
public record SingleChoiceType(List<Choice> options, boolean allowOther) implements QuestionType<Value.Single> {

    public static final String NAME = "single";

    public SingleChoiceType {
        options = List.copyOf(options);
    }

    @Override
    public String fileName() {
        return NAME;
    }

    @Override
    public String labelKey() {
        return "type.single";
    }

    @Override
    public Class<Value.Single> valueClass() {
        return Value.Single.class;
    }

    public Optional<Choice> option(String optionId) {
        return Choices.option(options, optionId);
    }

    @Override
    public boolean hasOption(String optionId) {
        return Choices.hasOption(options, allowOther, optionId);
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
    public void checkValue(String at, Value.Single value, ProblemList problems) {
        if (!value.isBlank() && !hasOption(value.optionId())) {
            problems.add(Problem.at(at + ".choice", "project.unknown-option", value.optionId()));
        }
    }

    @Override
    public boolean accepts(Condition.Test test) {
        return Choices.accepts(test, true);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.single(this);
    }
}
