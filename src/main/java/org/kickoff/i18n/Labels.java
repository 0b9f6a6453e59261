package org.kickoff.i18n;

import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.RiskLevel;

/** Message keys for the names of domain values; every key is spelt out so that the bundle test sees it. */
public final class Labels {

    private Labels() {
    }

    /** "Number as typed: {0}": a text kept as typed, by the field it was typed in. */
    public static String draft(Answer.Draft field) {
        return switch (field) {
            case NUMBER -> "summary.typed.number";
            case DUE -> "summary.typed.due";
        };
    }

    public static String level(RiskLevel level) {
        return switch (level) {
            case HIGH -> "level.high";
            case MEDIUM -> "level.medium";
            case LOW -> "level.low";
        };
    }

    /** "Medium risk", as a badge names it: its own key per level, as German declines the adjective. */
    public static String riskOfLevel(RiskLevel level) {
        return switch (level) {
            case HIGH -> "card.risk.high";
            case MEDIUM -> "card.risk.medium";
            case LOW -> "card.risk.low";
        };
    }

    public static String status(AnswerStatus status) {
        return switch (status) {
            case UNANSWERED -> "status.unanswered";
            case ANSWERED -> "status.answered";
            case OPEN -> "status.open";
            case NOT_APPLICABLE -> "status.not-applicable";
        };
    }

    /** The Twelve-Factor principle by its roman numeral, e.g. "III. Config". */
    public static String factor(String numeral) {
        return switch (numeral) {
            case "I" -> "factor.1";
            case "II" -> "factor.2";
            case "III" -> "factor.3";
            case "IV" -> "factor.4";
            case "V" -> "factor.5";
            case "VI" -> "factor.6";
            case "VII" -> "factor.7";
            case "VIII" -> "factor.8";
            case "IX" -> "factor.9";
            case "X" -> "factor.10";
            case "XI" -> "factor.11";
            case "XII" -> "factor.12";
            default -> numeral;
        };
    }
}
