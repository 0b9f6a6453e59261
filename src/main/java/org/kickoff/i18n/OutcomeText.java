package org.kickoff.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.kickoff.domain.Action;
import org.kickoff.domain.ActionState;
import org.kickoff.domain.RiskEntry;
import org.kickoff.domain.RiskStatus;

/**
 * Register entries and actions in words, on one line, for compare, merge notes and the command line:
 * "accepted by Dana Fischer until Mar 31, 2027: pen test planned; owner Luis Ortega".
 */
public final class OutcomeText {

    private final Messages messages;
    private final DateTimeFormatter dates;

    public OutcomeText(Messages messages) {
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
    }

    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    /** The status as a word: "open", "accepted", "acceptance expired" ... */
    public String status(RiskStatus status) {
        return messages.get(switch (status) {
            case OPEN -> "risk.status.open";
            case MITIGATING -> "risk.status.mitigating";
            case ACCEPTED -> "risk.status.accepted";
            case EXPIRED -> "risk.status.expired";
            case RESOLVED -> "risk.status.resolved";
        });
    }

    public String state(ActionState state) {
        return messages.get(state == ActionState.DONE ? "action.state.done" : "action.state.open");
    }

    /** The entry's state with who accepted it, until when and why, then its owner, due date and note. */
    public String describe(RiskEntry entry) {
        List<String> parts = new ArrayList<>();
        parts.add(status(switch (entry.state()) {
            case OPEN -> RiskStatus.OPEN;
            case MITIGATING -> RiskStatus.MITIGATING;
            case ACCEPTED -> RiskStatus.ACCEPTED;
            case RESOLVED -> RiskStatus.RESOLVED;
        }));
        if (!entry.acceptedBy().isBlank() || !entry.reason().isBlank() || entry.until() != null) {
            parts.add(acceptance(entry));
        }
        if (!entry.owner().isBlank()) {
            parts.add(messages.get("answer-text.owner", entry.owner().strip()));
        }
        if (entry.due() != null) {
            parts.add(messages.get("answer-text.due", date(entry.due())));
        }
        if (!entry.note().isBlank()) {
            parts.add(messages.get("answer-text.note", entry.note().strip()));
        }
        return String.join("; ", parts);
    }

    /** "accepted by Dana until Mar 31, 2027: reason", leaving out what is not set. */
    public String acceptance(RiskEntry entry) {
        String by = entry.acceptedBy().isBlank() ? messages.get("risk.accepted.nobody") : entry.acceptedBy().strip();
        String text = entry.until() == null ? messages.get("risk.accepted.by", by)
                : messages.get("risk.accepted.by-until", by, date(entry.until()));
        return entry.reason().isBlank() ? text : text + ": " + entry.reason().strip();
    }

    /** The action's title, owner, due date, state and note. */
    public String describe(Action action) {
        List<String> parts = new ArrayList<>();
        parts.add(action.title().isBlank() ? messages.get("action.untitled") : action.title().strip());
        parts.add(state(action.state()));
        if (!action.owner().isBlank()) {
            parts.add(messages.get("answer-text.owner", action.owner().strip()));
        }
        if (action.due() != null) {
            parts.add(messages.get("answer-text.due", date(action.due())));
        }
        if (!action.note().isBlank()) {
            parts.add(messages.get("answer-text.note", action.note().strip()));
        }
        return String.join("; ", parts);
    }
}
