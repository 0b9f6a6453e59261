package org.kickoff.domain;

/**
 * Where a finding stands on a given day: its stored {@link RiskState}, except that an acceptance whose date
 * has passed is {@link #EXPIRED} and counts as open again.
 */
public enum RiskStatus {
    OPEN,
    MITIGATING,
    ACCEPTED,
    EXPIRED,
    RESOLVED;

    /** Accepted (and not expired) or resolved: nothing left to decide. */
    public boolean isAddressed() {
        return this == ACCEPTED || this == RESOLVED;
    }

    /** Open or expired: the meeting has to decide something about it. */
    public boolean needsDecision() {
        return this == OPEN || this == EXPIRED;
    }
}
