package org.kickoff.domain;

import java.util.List;
import java.util.Optional;

/**
 * One question of a questionnaire: what every question has (text, guidance, condition) and its
 * {@link QuestionType}, which holds the parts only its kind has (options, units and range, columns).
 * {@code references} are the anchors the question comes from (a Twelve-Factor factor, an OWASP item, a GDPR
 * article ...), shown with its guidance. {@code decision}, when not empty, marks the question as an
 * architecture decision and names it in a few words ("Web framework"): it gets a decision record.
 */
public record Question(
        String id,
        QuestionType<?> type,
        LocalizedText text,
        LocalizedText guidance,
        List<Reference> references,
        Condition visibleIf,
        LocalizedText placeholder,
        RiskLevel riskIfUnanswered,
        LocalizedText decision) {

    /** The id of the implicit "other" option of a choice question that allows other answers. */
    public static final String OTHER = "other";

    public Question {
        references = references == null ? List.of() : List.copyOf(references);
        visibleIf = visibleIf == null ? Condition.ALWAYS : visibleIf;
        placeholder = placeholder == null ? LocalizedText.EMPTY : placeholder;
        guidance = guidance == null ? LocalizedText.EMPTY : guidance;
        decision = decision == null ? LocalizedText.EMPTY : decision;
    }

    public Question(String id, QuestionType<?> type, LocalizedText text, LocalizedText guidance,
                    List<Reference> references, Condition visibleIf, LocalizedText placeholder,
                    RiskLevel riskIfUnanswered) {
        this(id, type, text, guidance, references, visibleIf, placeholder, riskIfUnanswered, LocalizedText.EMPTY);
    }

    /** Whether the questionnaire marks this question as an architecture decision, to be recorded as an ADR. */
    public boolean isDecision() {
        return !decision.texts().isEmpty();
    }

    /** A question of the given type with only the required parts; for tests and generated questionnaires. */
    public static Question simple(String id, QuestionType<?> type, LocalizedText text) {
        return new Question(id, type, text, LocalizedText.EMPTY, List.of(), Condition.ALWAYS, LocalizedText.EMPTY,
                null);
    }

    /** Whether the option exists; only choice questions have options. */
    public boolean hasOption(String optionId) {
        return type.hasOption(optionId);
    }

    public Optional<RiskLevel> riskIfUnansweredOptional() {
        return Optional.ofNullable(riskIfUnanswered);
    }
}
