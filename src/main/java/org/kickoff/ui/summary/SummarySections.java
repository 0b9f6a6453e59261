package org.kickoff.ui.summary;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kickoff.domain.RiskLevel;
import org.kickoff.i18n.Labels;
import org.kickoff.i18n.Messages;
import org.kickoff.report.Summary;
import org.kickoff.ui.common.Css;

/** The parts of the summary page, each built from the summary model; every question links back to its page. */
final class SummarySections {

    private final Messages messages;
    private final Consumer<String> showQuestion;

    SummarySections(Messages messages, Consumer<String> showQuestion) {
        this.messages = messages;
        this.showQuestion = showQuestion;
    }

    Node header(Summary.Header header) {
        Label name = text(header.projectName().isBlank() ? messages.get("project.untitled") : header.projectName(),
                "summary-project-name");
        VBox box = card(name);
        if (!header.description().isBlank()) {
            box.getChildren().add(text(header.description(), null));
        }
        String authors = String.join(", ", header.authors());
        box.getChildren().add(muted(messages.get("summary.meta", header.dateText(), header.questionnaireTitle(),
                header.questionnaireVersion()) + (authors.isEmpty() ? "" : " \u00b7 " + authors)));
        ProgressBar bar = new ProgressBar(header.percentComplete() / 100.0);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setAccessibleText(messages.get("summary.complete", header.percentComplete()));
        box.getChildren().addAll(bar, muted(messages.get("summary.counts", header.percentComplete(),
                header.answered(), header.open(), header.notApplicable(), header.unanswered())
                + (header.invalid() == 0 ? "" : messages.get("report.completion-invalid", header.invalid()))));
        return box;
    }

    Node risks(java.util.List<Summary.Risk> risks, Summary.RiskCounts counts, String heading) {
        VBox box = card(heading(heading));
        box.setId("summary-risks");
        HBox badges = new HBox(8, badge(RiskLevel.HIGH, messages.get("summary.level-count", counts.high(),
                messages.get(Labels.level(RiskLevel.HIGH)))), badge(RiskLevel.MEDIUM,
                messages.get("summary.level-count", counts.medium(), messages.get(Labels.level(RiskLevel.MEDIUM)))),
                badge(RiskLevel.LOW, messages.get("summary.level-count", counts.low(),
                        messages.get(Labels.level(RiskLevel.LOW)))));
        box.getChildren().add(badges);
        if (risks.isEmpty()) {
            box.getChildren().add(muted(messages.get("summary.none")));
        }
        for (Summary.Risk risk : risks) {
            Label title = text(risk.title(), Css.SUMMARY_RISK_TITLE);
            HBox line = new HBox(8, badge(risk.level(), risk.levelText()), title);
            line.setAlignment(Pos.TOP_LEFT);
            Label decided = muted(risk.statusText() + (risk.decision().isBlank() ? "" : " \u00b7 " + risk.decision())
                    + (risk.owner().isBlank() ? "" : " \u00b7 " + messages.get("answer-text.owner", risk.owner())));
            decided.pseudoClassStateChanged(Css.INVALID, risk.status().needsDecision());
            VBox item = new VBox(3, line, decided, text(risk.explanation(), null),
                    text(messages.get("summary.recommendation", risk.recommendation()), null));
            item.getStyleClass().add(Css.SUMMARY_RISK);
            String context = String.join(" \u00b7 ", java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(risk.topicTitle()), risk.references().stream()).toList());
            item.getChildren().add(muted(context));
            FlowPane links = new FlowPane(10, 2);
            risk.questions().forEach(q -> links.getChildren().add(link(q.questionId(), q.text())));
            item.getChildren().add(links);
            box.getChildren().add(item);
        }
        GridPane perTopic = new GridPane();
        perTopic.setHgap(24);
        perTopic.setVgap(4);
        perTopic.addRow(0, label(messages.get("summary.topic")), label(messages.get(Labels.level(RiskLevel.HIGH))),
                label(messages.get(Labels.level(RiskLevel.MEDIUM))), label(messages.get(Labels.level(RiskLevel.LOW))));
        int row = 1;
        for (Summary.TopicRiskCount topic : counts.topics()) {
            if (topic.total() > 0) {
                perTopic.addRow(row++, new Label(topic.topicTitle()), new Label(String.valueOf(topic.high())),
                        new Label(String.valueOf(topic.medium())), new Label(String.valueOf(topic.low())));
            }
        }
        if (row > 1) {
            box.getChildren().addAll(heading(messages.get("summary.risks-by-topic")), perTopic);
        }
        return box;
    }

    /** The action plan (in the brief, what is still to do); open questions have their own section. */
    Node actions(java.util.List<Summary.ActionLine> all) {
        java.util.List<Summary.ActionLine> actions = all.stream().filter(a -> !a.decision()).toList();
        VBox box = card(heading(messages.get("report.section.actions")));
        box.setId("summary-actions");
        if (actions.isEmpty()) {
            box.getChildren().add(muted(messages.get("report.no-actions")));
        }
        for (Summary.ActionLine action : actions) {
            Label who = muted(messages.get("summary.open-item", action.owner().isBlank() ? messages.get("summary.no-owner")
                    : action.owner(), action.dueText().isBlank() ? messages.get("summary.no-due") : action.dueText())
                    + " \u00b7 " + action.stateText());
            who.pseudoClassStateChanged(Css.INVALID, action.overdue());
            VBox item = new VBox(0, text((action.done() ? "\u2713 " : "") + action.title(), null), indent(who));
            if (!action.riskTitle().isBlank()) {
                item.getChildren().add(indent(muted(messages.get("report.action.mitigates", action.riskTitle()))));
            }
            box.getChildren().add(item);
        }
        return box;
    }

    /** What changed since the chosen milestone; {@code null} when none is chosen. */
    Node changes(java.util.Optional<Summary.Changes> changes) {
        if (changes.isEmpty()) {
            return null;
        }
        Summary.Changes c = changes.get();
        VBox box = card(heading(messages.get("report.section.changes", c.milestone(), c.dateText())));
        box.setId("summary-changes");
        if (c.lines().isEmpty()) {
            box.getChildren().add(muted(messages.get("report.no-changes")));
        }
        for (Summary.ChangeLine line : c.lines()) {
            box.getChildren().add(new VBox(0, text(line.subject(), Css.FIELD_LABEL),
                    indent(muted(messages.get("summary.change", line.before(), line.after())))));
        }
        return box;
    }

    /** Questions holding text that is no valid value; {@code null} when there are none (most summaries). */
    Node invalid(java.util.List<Summary.InvalidItem> items) {
        if (items.isEmpty()) {
            return null;
        }
        VBox box = card(heading(messages.get("summary.invalid")));
        box.setId("summary-invalid");
        box.getChildren().add(muted(messages.get("report.invalid.why")));
        for (Summary.InvalidItem item : items) {
            Label typed = muted(String.join("; ", item.typed()));
            typed.getStyleClass().add(Css.VALIDATION);
            box.getChildren().add(new VBox(0, link(item.questionId(), item.question()), indent(typed)));
        }
        return box;
    }

    Node open(java.util.List<Summary.OpenItem> items) {
        VBox box = card(heading(messages.get("summary.open-questions")));
        if (items.isEmpty()) {
            box.getChildren().add(muted(messages.get("summary.none")));
        }
        for (Summary.OpenItem item : items) {
            Label who = muted(messages.get("summary.open-item",
                    item.owner().isBlank() ? messages.get("summary.no-owner") : item.owner(),
                    item.dueText().isBlank() ? messages.get("summary.no-due") : item.dueText()));
            if (item.overdue()) {
                who.getStyleClass().add(Css.VALIDATION);
            }
            box.getChildren().add(new VBox(0, link(item.questionId(), item.question()), indent(who)));
        }
        return box;
    }

    Node notApplicable(java.util.List<Summary.NotApplicableItem> items) {
        VBox box = card(heading(messages.get("summary.not-applicable")));
        if (items.isEmpty()) {
            box.getChildren().add(muted(messages.get("summary.none")));
        }
        for (Summary.NotApplicableItem item : items) {
            box.getChildren().add(new VBox(0, link(item.questionId(), item.question()), indent(muted(
                    item.reason().isBlank() ? messages.get("summary.no-reason") : item.reason()))));
        }
        return box;
    }

    /** Up to this many decisions the topics open expanded; beyond, each is built when the user opens it. */
    private static final int EXPANDED_DECISIONS = 200;

    Node decisions(java.util.List<Summary.DecisionTopic> topics) {
        VBox box = card(heading(messages.get("summary.decisions")));
        boolean expanded = topics.stream().mapToInt(t -> t.decisions().size()).sum() <= EXPANDED_DECISIONS;
        for (Summary.DecisionTopic topic : topics) {
            box.getChildren().add(collapsible(topic.title() + " \u00b7 " + topic.decisions().size(),
                    () -> decisionList(topic), expanded));
        }
        return box;
    }

    private Node decisionList(Summary.DecisionTopic topic) {
        VBox list = new VBox(8);
        for (Summary.Decision decision : topic.decisions()) {
            VBox item = new VBox(1, link(decision.questionId(), decision.question()));
            if (decision.isList()) {
                decision.entries().forEach(entry -> item.getChildren().add(indent(text("\u2022 " + entry, null))));
            } else {
                item.getChildren().add(indent(text(decision.answer(), null)));
            }
            if (!decision.note().isBlank()) {
                item.getChildren().add(indent(muted(messages.get("answer-text.note", decision.note()))));
            }
            list.getChildren().add(item);
        }
        return list;
    }

    Node appendix(java.util.List<Summary.AppendixTopic> topics) {
        return card(collapsible(messages.get("summary.appendix"), () -> appendixList(topics), false));
    }

    private Node appendixList(java.util.List<Summary.AppendixTopic> topics) {
        VBox list = new VBox(12);
        for (Summary.AppendixTopic topic : topics) {
            VBox entries = new VBox(6);
            for (Summary.AppendixEntry entry : topic.entries()) {
                String state = entry.statusText() + (entry.visible() ? "" : " \u00b7 " + messages.get("summary.hidden"));
                VBox item = new VBox(1, link(entry.questionId(), entry.question()), indent(muted(state)));
                if (!entry.answer().isBlank()) {
                    item.getChildren().add(indent(text(entry.answer(), null)));
                }
                if (!entry.note().isBlank()) {
                    item.getChildren().add(indent(muted(messages.get("answer-text.note", entry.note()))));
                }
                entries.getChildren().add(item);
            }
            list.getChildren().addAll(heading(topic.title()), entries);
        }
        return list;
    }

    /** A section whose content is built when it is first opened: a long summary shows at once. */
    private TitledPane collapsible(String title, java.util.function.Supplier<Node> content, boolean expanded) {
        TitledPane pane = new TitledPane();
        pane.setText(title);
        pane.setExpanded(expanded);
        if (expanded) {
            pane.setContent(content.get());
        } else {
            pane.expandedProperty().subscribe(open -> {
                if (open && pane.getContent() == null) {
                    pane.setContent(content.get());
                }
            });
        }
        pane.setAnimated(false);
        pane.getStyleClass().add(Css.SUMMARY_SECTION);
        return pane;
    }

    private Hyperlink link(String questionId, String text) {
        Hyperlink link = new Hyperlink(text);
        link.setWrapText(true);
        link.setMinHeight(Region.USE_PREF_SIZE);
        link.setId("summary-link-" + Css.nodeId(questionId));
        link.setOnAction(e -> showQuestion.accept(questionId));
        link.setAccessibleHelp(messages.get("summary.link-help"));
        return link;
    }

    private Label badge(RiskLevel level, String text) {
        Label badge = new Label(text);
        badge.getStyleClass().add(Css.RISK_BADGE);
        badge.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(level.fileName()), true);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    private static Node indent(Node node) {
        HBox box = new HBox(node);
        box.setPadding(new javafx.geometry.Insets(0, 0, 0, 6));
        HBox.setHgrow(node, Priority.ALWAYS);
        return box;
    }

    private static VBox card(Node... children) {
        VBox box = new VBox(8, children);
        box.getStyleClass().add(Css.CARD);
        box.setMinHeight(Region.USE_PREF_SIZE);
        return box;
    }

    private static Label heading(String text) {
        return text(text, Css.QUESTION_TEXT);
    }

    private static Label label(String text) {
        return text(text, Css.FIELD_LABEL);
    }

    private static Label muted(String text) {
        return text(text, Css.MUTED);
    }

    private static Label text(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}
