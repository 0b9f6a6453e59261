package org.kickoff.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One question of a questionnaire. Which of the optional parts apply depends on the {@link QuestionType}:
 * options for choices, units and range for numbers, columns for lists. {@code references} are the anchors
 * the question comes from (a Twelve-Factor factor, an OWASP item, a GDPR article ...), shown with its guidance.
 */
public record Question(
        String id,
        QuestionType type,
        LocalizedText text,
        LocalizedText guidance,
        List<Reference> references,
        Condition visibleIf,
        List<Choice> options,
        boolean allowOther,
        List<NamedItem> units,
        BigDecimal min,
        BigDecimal max,
        List<NamedItem> columns,
        LocalizedText placeholder,
        RiskLevel riskIfUnanswered) {

    /** The id of the implicit "other" option of a choice question that allows other answers. */
    public static final String OTHER = "other";

    public Question {
        references = references == null ? List.of() : List.copyOf(references);
        options = List.copyOf(options);
        units = List.copyOf(units);
        columns = List.copyOf(columns);
        visibleIf = visibleIf == null ? Condition.ALWAYS : visibleIf;
        placeholder = placeholder == null ? LocalizedText.EMPTY : placeholder;
    }

    /** A question of the given type with only the required parts; for tests and generated questionnaires. */
    public static Question simple(String id, QuestionType type, LocalizedText text) {
        return new Question(id, type, text, LocalizedText.EMPTY, null, Condition.ALWAYS, List.of(), false,
                List.of(), null, null, List.of(), LocalizedText.EMPTY, null);
    }

    public Optional<Choice> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    public boolean hasOption(String optionId) {
        return option(optionId).isPresent() || (allowOther && OTHER.equals(optionId));
    }

    public Optional<NamedItem> unit(String unitId) {
        return units.stream().filter(u -> u.id().equals(unitId)).findFirst();
    }

    public Optional<NamedItem> column(String columnId) {
        return columns.stream().filter(c -> c.id().equals(columnId)).findFirst();
    }

    public Optional<RiskLevel> riskIfUnansweredOptional() {
        return Optional.ofNullable(riskIfUnanswered);
    }
}
