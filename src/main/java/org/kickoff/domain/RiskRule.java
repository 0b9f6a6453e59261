package org.kickoff.domain;

import java.util.List;

/**
 * A rule that turns answers into a finding: when its condition holds, the summary lists a risk of the
 * given level, linked to the questions behind it and to the references it comes from.
 */
public record RiskRule(String id, RiskLevel level, Condition when, List<String> questions,
                       List<Reference> references, LocalizedText title, LocalizedText explanation,
                       LocalizedText recommendation) {

    public RiskRule {
        questions = List.copyOf(questions);
        references = references == null ? List.of() : List.copyOf(references);
    }
}
