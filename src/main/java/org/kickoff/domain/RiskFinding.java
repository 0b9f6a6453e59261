package org.kickoff.domain;

import java.util.List;

/**
 * One risk the summary lists. A {@link Kind#RULE} finding comes from a questionnaire's risk rule and carries
 * its texts; a {@link Kind#UNANSWERED} finding is a question marked {@code riskIfUnanswered} that is still
 * unanswered or open, and leaves its wording to the report (the texts are then empty).
 *
 * @param id          the rule id, or the question id of an unanswered finding
 * @param topicId     the topic the finding belongs to (of its first linked question); empty if none
 * @param questionIds the questions behind the finding, to link back to
 * @param status      for an unanswered finding, whether the question is {@code UNANSWERED} or {@code OPEN};
 *                    {@code ANSWERED} for a rule finding
 * @param references  what the rule or the question cites (a Twelve-Factor factor, an OWASP item ...)
 */
public record RiskFinding(Kind kind, String id, RiskLevel level, String topicId, List<String> questionIds,
                          AnswerStatus status, List<Reference> references, LocalizedText title, LocalizedText explanation,
                          LocalizedText recommendation) {

    public enum Kind { RULE, UNANSWERED }

    public RiskFinding {
        questionIds = List.copyOf(questionIds);
        references = references == null ? List.of() : List.copyOf(references);
        topicId = topicId == null ? "" : topicId;
        title = title == null ? LocalizedText.EMPTY : title;
        explanation = explanation == null ? LocalizedText.EMPTY : explanation;
        recommendation = recommendation == null ? LocalizedText.EMPTY : recommendation;
    }
}
