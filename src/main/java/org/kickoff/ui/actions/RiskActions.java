package org.kickoff.ui.actions;

import javafx.stage.Window;
import org.kickoff.i18n.Messages;

/** Accepting a risk and mitigating it with an action: the dialog, then the command. */
public final class RiskActions {

    private final OutcomeCommands commands;
    private final Messages messages;
    private final String title;

    public RiskActions(OutcomeCommands commands, Messages messages, String title) {
        this.commands = commands;
        this.messages = messages;
        this.title = title;
    }

    public void accept(String findingId, Window owner) {
        OutcomeDialogs.accept(owner, title, commands.people(), messages)
                .ifPresent(a -> commands.accept(findingId, a.by(), a.reason(), a.until()));
    }

    public void mitigate(String findingId, Window owner) {
        String suggestion = commands.register().item(findingId).flatMap(i -> i.finding())
                .map(f -> f.recommendation().in(messages.language())).filter(s -> !s.isBlank()).orElse("");
        OutcomeDialogs.action(owner, messages.get("outcome.mitigate.header", title),
                        new OutcomeDialogs.ActionInput(suggestion, commands.register().item(findingId)
                                .map(i -> i.entry().owner()).orElse(""), null), commands.people(), messages)
                .ifPresent(a -> commands.mitigate(findingId, a.title(), a.owner(), a.due()));
    }
}
