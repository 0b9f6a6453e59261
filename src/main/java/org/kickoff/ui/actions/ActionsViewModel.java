package org.kickoff.ui.actions;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.util.Subscription;
import org.kickoff.domain.ActionPlan;
import org.kickoff.domain.Evaluation;
import org.kickoff.domain.PlanItem;
import org.kickoff.domain.Project;
import org.kickoff.domain.Register;
import org.kickoff.domain.RiskItem;
import org.kickoff.i18n.Messages;
import org.kickoff.i18n.RiskWords;

/**
 * The Actions page: the risk register (what to decide about each finding) and the action plan by due date,
 * following the project as it changes (also through undo). The view rebuilds its rows when
 * {@link #changesProperty()} counts up.
 */
public final class ActionsViewModel {

    private final OutcomeCommands commands;
    private final Messages messages;
    private final Consumer<String> showQuestion;
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes");
    private final Subscription subscription;

    public ActionsViewModel(OutcomeCommands commands, Messages messages, Consumer<String> showQuestion) {
        this.commands = commands;
        this.messages = messages;
        this.showQuestion = showQuestion;
        subscription = commands.document().projectProperty().subscribe((o, n) -> {
            if (n != null && (o == null || !o.register().equals(n.register()) || !o.actions().equals(n.actions())
                    || !o.answers().equals(n.answers()))) {
                changes.set(changes.get() + 1);
            }
        });
    }

    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public OutcomeCommands commands() {
        return commands;
    }

    public Messages messages() {
        return messages;
    }

    public Register register() {
        return commands.register();
    }

    public ActionPlan plan() {
        Project project = commands.document().project();
        return ActionPlan.of(new Evaluation(commands.document().questionnaire(), project), project, commands.today());
    }

    public String title(RiskItem item) {
        return RiskWords.title(messages, commands.document().questionnaire(), item.id());
    }

    /** An action's title, or for an open question "Decide: its text". */
    public String title(PlanItem item) {
        if (item.kind() == PlanItem.Kind.ACTION) {
            return item.title();
        }
        return messages.get("summary.action.decide", commands.document().questionnaire().question(item.id())
                .map(q -> q.text().in(messages.language())).orElse(item.id()));
    }

    public void showQuestion(String questionId) {
        showQuestion.accept(questionId);
    }

    public void dispose() {
        subscription.unsubscribe();
    }
}
