package org.kickoff.ui.page;

import java.util.List;
import java.util.Random;
import javafx.css.PseudoClass;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Region;
import javafx.util.Subscription;
import org.kickoff.domain.Evaluation;
import org.kickoff.domain.Register;
import org.kickoff.domain.RiskItem;
import org.kickoff.domain.RiskStatus;
import org.kickoff.i18n.Labels;
import org.kickoff.i18n.Messages;
import org.kickoff.i18n.OutcomeText;
import org.kickoff.i18n.RiskWords;
import org.kickoff.ui.actions.OutcomeCommands;
import org.kickoff.ui.actions.RiskActions;
import org.kickoff.ui.common.Css;

/**
 * The risk a question's answers give, on its card, live while answering (as the Well-Architected Tool marks
 * high and medium risks per question): the highest level among the findings behind the question, and whether
 * they are addressed. Its menu lists each finding with what was decided, and accepts, mitigates, resolves or
 * reopens it. Hidden while the question gives no risk.
 */
final class RiskBadge extends MenuButton {

    private final QuestionViewModel vm;
    private final Messages messages;
    private final OutcomeCommands commands;
    private final Subscription subscription;
    private List<RiskItem> shown;

    RiskBadge(QuestionViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.commands = new OutcomeCommands(vm.document(), vm.clock(), new Random());
        getStyleClass().addAll(Css.RISK_BADGE, Css.CARD_RISK);
        setId(Css.nodeId(vm.id()) + "-risk");
        setMinWidth(Region.USE_PREF_SIZE);
        setMnemonicParsing(false);
        // a new evaluation follows every change of the project, the register's entries included
        subscription = vm.evaluation().subscribe(this::update);
        vm.addDisposer(subscription::unsubscribe);
    }

    private void update(Evaluation evaluation) {
        if (evaluation == null || vm.document().project() == null) {
            return;
        }
        List<RiskItem> items = Register.of(evaluation, vm.document().project(), commands.today()).forQuestion(vm.id());
        if (items.equals(shown)) {
            // most changes (a keystroke elsewhere) leave this question's risks as they are: nothing to redo
            return;
        }
        shown = items;
        setVisible(!items.isEmpty());
        setManaged(!items.isEmpty());
        if (items.isEmpty()) {
            getItems().clear();
            return;
        }
        RiskItem worst = items.stream().filter(RiskItem::isUnaddressed).findFirst().orElse(items.get(0));
        boolean addressed = items.stream().noneMatch(RiskItem::isUnaddressed);
        OutcomeText words = new OutcomeText(messages);
        // short, so that the question keeps its width: the state is in the colour, the tooltip and the menu
        setText(messages.get(Labels.riskOfLevel(worst.level()))
                + (items.size() > 1 ? " (" + items.size() + ")" : "") + (addressed ? " \u2713" : ""));
        setTooltip(new javafx.scene.control.Tooltip(String.join("\n", items.stream().map(i -> RiskWords.title(messages,
                vm.document().questionnaire(), i.id()) + " \u2013 " + words.status(i.status())).toList())));
        for (String name : List.of("high", "medium", "low")) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(name), worst.level().fileName().equals(name));
        }
        pseudoClassStateChanged(Css.ADDRESSED, addressed);
        setAccessibleText(getText() + ", " + messages.get("card.risk.count", items.size()) + ", "
                + words.status(worst.status()));
        getItems().clear();
        for (RiskItem item : items) {
            if (!getItems().isEmpty()) {
                getItems().add(new SeparatorMenuItem());
            }
            String title = RiskWords.title(messages, vm.document().questionnaire(), item.id());
            MenuItem heading = new MenuItem(messages.get(Labels.level(item.level())) + ": " + title + " ("
                    + words.status(item.status()) + ")");
            heading.setDisable(true);
            heading.setMnemonicParsing(false);
            getItems().add(heading);
            RiskActions actions = new RiskActions(commands, messages, title);
            String id = getId() + "-" + Css.nodeId(item.id());
            if (item.status() != RiskStatus.ACCEPTED) {
                getItems().add(item(id + "-accept", messages.get("outcome.accept"),
                        () -> actions.accept(item.id(), getScene().getWindow())));
            }
            if (item.status() != RiskStatus.MITIGATING && item.status() != RiskStatus.RESOLVED) {
                getItems().add(item(id + "-mitigate", messages.get("outcome.mitigate"),
                        () -> actions.mitigate(item.id(), getScene().getWindow())));
            }
            if (item.status() != RiskStatus.RESOLVED) {
                getItems().add(item(id + "-resolve", messages.get("outcome.resolve"), () -> commands.resolve(item.id())));
            }
            if (item.status() != RiskStatus.OPEN) {
                getItems().add(item(id + "-reopen", messages.get("outcome.reopen"), () -> commands.reopen(item.id())));
            }
        }
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        return item;
    }
}
