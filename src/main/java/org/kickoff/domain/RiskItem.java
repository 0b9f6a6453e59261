package org.kickoff.domain;

import java.util.List;
import java.util.Optional;

/**
 * One line of the risk register: a finding with what the register holds for it and where it stands today.
 * A finding that no longer applies (its answers changed) but has an entry is kept as {@code gone}, with
 * its entry, so that what was decided about it is not silently forgotten; {@code finding} is then empty
 * and the level and questions come from the questionnaire's rule or question, as far as it still has them.
 */
public record RiskItem(String id, RiskLevel level, String topicId, List<String> questionIds,
                       Optional<RiskFinding> finding, RiskEntry entry, RiskStatus status, boolean gone) {

    public RiskItem {
        questionIds = List.copyOf(questionIds);
        topicId = topicId == null ? "" : topicId;
    }

    /** Applies now and is neither accepted (in date) nor resolved. */
    public boolean isUnaddressed() {
        return !gone && !status.isAddressed();
    }

    /** At or above the given level ({@code HIGH} is above {@code MEDIUM}). */
    public boolean isAtLeast(RiskLevel threshold) {
        return level.ordinal() <= threshold.ordinal();
    }
}
