package org.kickoff.domain;

import java.time.LocalDate;

/**
 * What the risk register holds for one finding: its state, who owns it and by when it should be dealt with,
 * and for an acceptance who accepted it, why and until when (an acceptance that runs out reopens the finding).
 * Entries are kept by finding id, so that one survives the answers that made its finding disappear and
 * applies again when they bring it back. The acceptance's fields stay when the finding is reopened: they
 * say what was decided before.
 */
public record RiskEntry(RiskState state, String owner, LocalDate due, String acceptedBy, String reason,
                        LocalDate until, String note, UnknownFields unknown) {

    public static final RiskEntry NONE = new RiskEntry(RiskState.OPEN, "", null, "", "", null, "",
            UnknownFields.NONE);

    public RiskEntry {
        state = state == null ? RiskState.OPEN : state;
        owner = owner == null ? "" : owner;
        acceptedBy = acceptedBy == null ? "" : acceptedBy;
        reason = reason == null ? "" : reason;
        note = note == null ? "" : note;
        unknown = unknown == null ? UnknownFields.NONE : unknown;
    }

    /** The finding accepted by someone, for a reason, until a date ({@code null}: without end). */
    public RiskEntry accept(String by, String why, LocalDate until) {
        return new RiskEntry(RiskState.ACCEPTED, owner, due, by, why, until, note, unknown);
    }

    public RiskEntry withState(RiskState newState) {
        return new RiskEntry(newState, owner, due, acceptedBy, reason, until, note, unknown);
    }

    public RiskEntry withOwner(String newOwner) {
        return new RiskEntry(state, newOwner, due, acceptedBy, reason, until, note, unknown);
    }

    public RiskEntry withDue(LocalDate newDue) {
        return new RiskEntry(state, owner, newDue, acceptedBy, reason, until, note, unknown);
    }

    public RiskEntry withNote(String newNote) {
        return new RiskEntry(state, owner, due, acceptedBy, reason, until, newNote, unknown);
    }

    public RiskEntry withAcceptance(String by, String why, LocalDate newUntil) {
        return new RiskEntry(state, owner, due, by, why, newUntil, note, unknown);
    }

    public RiskEntry withUnknown(UnknownFields newUnknown) {
        return new RiskEntry(state, owner, due, acceptedBy, reason, until, note, newUnknown);
    }

    /** Where the finding stands on {@code today}: an acceptance that ended before it has expired. */
    public RiskStatus status(LocalDate today) {
        return switch (state) {
            case OPEN -> RiskStatus.OPEN;
            case MITIGATING -> RiskStatus.MITIGATING;
            case RESOLVED -> RiskStatus.RESOLVED;
            case ACCEPTED -> until != null && until.isBefore(today) ? RiskStatus.EXPIRED : RiskStatus.ACCEPTED;
        };
    }

    /** Nothing decided: the same as no entry at all, and not written. */
    public boolean isEmpty() {
        return state == RiskState.OPEN && owner.isBlank() && due == null && acceptedBy.isBlank() && reason.isBlank()
                && until == null && note.isBlank() && unknown.isEmpty();
    }
}
