package org.kickoff.ui.actions;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kickoff.domain.PlanItem;
import org.kickoff.domain.RiskItem;
import org.kickoff.domain.RiskStatus;
import org.kickoff.i18n.Labels;
import org.kickoff.i18n.Messages;
import org.kickoff.i18n.OutcomeText;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.common.UndoableNotice;

/**
 * The Actions page: the risk register, each finding with what was decided and the buttons to accept,
 * mitigate, resolve or reopen it; then the action plan by due date, overdue work marked, with add, edit and
 * done. Open questions are in the plan too and lead to their question.
 */
public final class ActionsView extends ScrollPane {

    private final ActionsViewModel vm;
    private final Messages m;
    private final VBox page = new VBox();
    private final DateTimeFormatter dates;

    public ActionsView(ActionsViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(m.locale());
        getStyleClass().add(Css.PAGE_SCROLL);
        setId("page-actions");
        setFitToWidth(true);
        page.getStyleClass().add(Css.PAGE);
        StackPane centered = new StackPane(page);
        centered.setAlignment(Pos.TOP_CENTER);
        setContent(centered);
        // built anew for each change while on show; while hidden (kept in the window after a visit) only once
        // it is shown again: a hidden page rebuilt at every keystroke on a topic page cost that keystroke the
        // styling and layout of the whole register and plan
        vm.changesProperty().subscribe((o, n) -> {
            if (isVisible()) {
                build();
            } else {
                stale = true;
            }
        });
        visibleProperty().subscribe(shown -> {
            if (shown && stale) {
                build();
            }
        });
        build();
    }

    /** Changes came while the page was hidden: it is built anew when shown. */
    private boolean stale;

    private void build() {
        stale = false;
        Label title = new Label(m.get("page.actions"));
        title.getStyleClass().add(Css.PAGE_TITLE);
        Label intro = wrapped(m.get("actions.intro"), Css.PAGE_INTRO);
        page.getChildren().setAll(title, intro, register(), plan());
    }

    private Node register() {
        VBox box = card(wrapped(m.get("actions.register"), Css.QUESTION_TEXT));
        box.setId("risk-register");
        OutcomeText words = new OutcomeText(m);
        var items = vm.register().items();
        if (items.isEmpty()) {
            box.getChildren().add(wrapped(m.get("summary.none"), Css.MUTED));
        }
        for (RiskItem item : items) {
            Label badge = new Label(m.get(Labels.level(item.level())));
            badge.getStyleClass().add(Css.RISK_BADGE);
            badge.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(item.level().fileName()), true);
            badge.setMinWidth(Region.USE_PREF_SIZE);
            boolean accepted = item.entry().state() == org.kickoff.domain.RiskState.ACCEPTED;
            // an acceptance says "accepted by ..." itself; an expired one says that it ran out first
            String state = item.gone() ? m.get("risks.gone") + " \u00b7 " : accepted
                    && item.status() == RiskStatus.ACCEPTED ? "" : words.status(item.status()) + (accepted ? " \u00b7 " : "");
            String decided = accepted ? words.acceptance(item.entry()) : "";
            String owner = item.entry().owner().isBlank() ? "" : " \u00b7 " + m.get("answer-text.owner", item.entry().owner());
            Label status = wrapped((state + decided).replaceAll(" \u00b7 $", "") + owner, Css.MUTED);
            status.pseudoClassStateChanged(Css.INVALID, !item.gone() && item.status().needsDecision());
            VBox text = new VBox(2, wrapped(vm.title(item), Css.SUMMARY_RISK_TITLE), status);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(10, badge, text, buttons(item));
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add(Css.OUTCOME_ROW);
            row.setId("register-" + Css.nodeId(item.id()));
            box.getChildren().add(row);
        }
        return box;
    }

    private Node buttons(RiskItem item) {
        RiskActions actions = new RiskActions(vm.commands(), m, vm.title(item));
        HBox box = new HBox(6);
        box.setMinWidth(Region.USE_PREF_SIZE);
        if (item.gone()) {
            return box;
        }
        String id = Css.nodeId(item.id());
        if (item.status() != RiskStatus.ACCEPTED) {
            box.getChildren().add(button("accept-" + id, m.get("outcome.accept"), () -> actions.accept(item.id(), getScene().getWindow())));
        }
        if (item.status() != RiskStatus.MITIGATING && item.status() != RiskStatus.RESOLVED) {
            box.getChildren().add(button("mitigate-" + id, m.get("outcome.mitigate"), () -> actions.mitigate(item.id(), getScene().getWindow())));
        }
        if (item.status() != RiskStatus.RESOLVED) {
            box.getChildren().add(button("resolve-" + id, m.get("outcome.resolve"), () -> vm.commands().resolve(item.id())));
        }
        if (item.status() != RiskStatus.OPEN) {
            box.getChildren().add(button("reopen-" + id, m.get("outcome.reopen"), () -> vm.commands().reopen(item.id())));
        }
        return box;
    }

    private Node plan() {
        Button add = button("action-add", m.get("actions.add"), () -> OutcomeDialogs.action(getScene().getWindow(),
                        m.get("actions.add.header"), new OutcomeDialogs.ActionInput("", "", null), vm.commands().people(), m)
                .ifPresent(a -> vm.commands().addAction(a.title(), a.owner(), a.due())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, wrapped(m.get("actions.plan"), Css.QUESTION_TEXT), spacer, add);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = card(top);
        box.setId("action-plan");
        var plan = vm.plan();
        if (plan.items().isEmpty()) {
            box.getChildren().add(wrapped(m.get("report.no-actions"), Css.MUTED));
        }
        for (PlanItem item : plan.items()) {
            box.getChildren().add(row(item));
        }
        return box;
    }

    private Node row(PlanItem item) {
        String id = Css.nodeId(item.id());
        Node what;
        if (item.kind() == PlanItem.Kind.ACTION) {
            CheckBox done = new CheckBox(vm.title(item));
            done.setId("action-done-" + id);
            done.setWrapText(true);
            done.setSelected(item.done());
            done.setOnAction(e -> vm.commands().setDone(item.id(), done.isSelected()));
            what = done;
        } else {
            Hyperlink link = new Hyperlink(vm.title(item));
            link.setWrapText(true);
            link.setId("action-question-" + id);
            link.setOnAction(e -> vm.showQuestion(item.id()));
            what = link;
        }
        String due = item.due() == null ? m.get("summary.no-due") : dates.format(item.due());
        Label who = wrapped(m.get("summary.open-item", item.owner().isBlank() ? m.get("summary.no-owner") : item.owner(),
                item.overdue() ? m.get("actions.overdue", due) : due), Css.MUTED);
        who.pseudoClassStateChanged(Css.INVALID, item.overdue());
        VBox text = new VBox(2, what, who);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, text);
        if (item.kind() == PlanItem.Kind.ACTION) {
            row.getChildren().add(button("action-edit-" + id, m.get("actions.edit"), () -> vm.commands().action(item.id())
                    .ifPresent(a -> OutcomeDialogs.action(getScene().getWindow(), m.get("actions.edit.header"),
                                    new OutcomeDialogs.ActionInput(a.title(), a.owner(), a.due()), vm.commands().people(), m)
                            .ifPresent(in -> vm.commands().editAction(a.id(), in.title(), in.owner(), in.due())))));
            // no question first: the window says what was deleted and offers Undo, as for a list entry
            row.getChildren().add(button("action-delete-" + id, m.get("actions.delete"), () -> {
                vm.commands().removeAction(item.id());
                fireEvent(new UndoableNotice(m.get("actions.deleted", vm.title(item))));
            }));
        }
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add(Css.OUTCOME_ROW);
        row.pseudoClassStateChanged(Css.COMPLETE, item.done());
        row.setId("action-" + id);
        return row;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static VBox card(Node... children) {
        VBox box = new VBox(8, children);
        box.getStyleClass().add(Css.CARD);
        box.setMinHeight(Region.USE_PREF_SIZE);
        return box;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
