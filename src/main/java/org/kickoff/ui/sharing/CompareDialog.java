package org.kickoff.ui.sharing;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kickoff.ui.common.Buttons;
import org.kickoff.domain.ProjectDiff;
import org.kickoff.domain.Questionnaire;
import org.kickoff.i18n.AnswerText;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;

/** The two projects side by side, question by question, by topic, with counts; differences first. */
public final class CompareDialog extends Dialog<Void> {

    /** @param showQuestion goes to a question's page; a line of the comparison leads there */
    public CompareDialog(Window owner, ProjectDiff diff, Questionnaire questionnaire, String mine, String theirs,
                         Messages messages, Consumer<String> showQuestion) {
        initOwner(owner);
        setTitle(messages.get("compare.title"));
        setResizable(true);
        Css.style(getDialogPane(), Css.COMPARE_DIALOG);
        getDialogPane().setId("compare-dialog");
        ProjectDiff.Counts counts = diff.counts();
        setHeaderText(diff.isEqual() ? messages.get("compare.equal", mine, theirs)
                : messages.get("compare.header", mine, theirs, counts.changed(), counts.onlyLeft(), counts.onlyRight(),
                counts.same()));
        CheckBox onlyDifferences = new CheckBox(messages.get("compare.only-differences"));
        onlyDifferences.setId("compare-only-differences");
        onlyDifferences.setSelected(true);
        VBox content = new VBox(12);
        content.setPadding(new Insets(4, 12, 12, 4));
        Consumer<String> go = id -> {
            close();
            showQuestion.accept(id);
        };
        Runnable fill = () -> fill(content, diff, questionnaire, mine, theirs, messages, onlyDifferences.isSelected(),
                go);
        onlyDifferences.selectedProperty().subscribe((was, now) -> fill.run());
        fill.run();
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Css.DIALOG_SCROLL);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getDialogPane().setContent(new VBox(8, onlyDifferences, scroll));
        getDialogPane().getButtonTypes().add(Buttons.close(messages));
    }

    private static void fill(VBox content, ProjectDiff diff, Questionnaire questionnaire, String mine, String theirs,
                             Messages messages, boolean onlyDifferences, Consumer<String> go) {
        content.getChildren().clear();
        String language = messages.language();
        AnswerText text = new AnswerText(messages);
        for (ProjectDiff.InfoChange change : diff.info()) {
            content.getChildren().add(row(new Label(messages.get(infoKey(change.field()))), change.left(),
                    change.right(), mine, theirs));
        }
        for (ProjectDiff.TopicDiff topic : diff.topics()) {
            var questions = onlyDifferences ? topic.differences() : topic.questions();
            if (questions.isEmpty()) {
                continue;
            }
            Label heading = new Label(topic.topic().map(t -> t.title().in(language))
                    .orElse(messages.get("compare.other-questions")) + "  \u00b7  "
                    + messages.get("compare.topic-counts", topic.counts().differences(), topic.questions().size()));
            heading.getStyleClass().add(Css.QUESTION_TEXT);
            content.getChildren().add(heading);
            for (ProjectDiff.QuestionDiff question : questions) {
                String title = question.question().map(q -> q.text().in(language)).orElse(question.questionId());
                Label line = question.question().isPresent() ? link(title, question.questionId(), go)
                        : new Label(title);
                content.getChildren().add(row(line,
                        text.describe(questionnaire, question.questionId(), question.left()),
                        text.describe(questionnaire, question.questionId(), question.right()), mine, theirs));
            }
        }
        outcome(content, diff, questionnaire, mine, theirs, messages);
        if (content.getChildren().isEmpty()) {
            content.getChildren().add(new Label(messages.get("compare.no-differences")));
        }
    }

    /** The register entries and actions that differ, in words. */
    private static void outcome(VBox content, ProjectDiff diff, Questionnaire questionnaire, String mine, String theirs,
                                Messages messages) {
        org.kickoff.i18n.OutcomeText words = new org.kickoff.i18n.OutcomeText(messages);
        if (!diff.register().isEmpty()) {
            Label heading = new Label(messages.get("diff.register"));
            heading.getStyleClass().add(Css.QUESTION_TEXT);
            content.getChildren().add(heading);
            for (ProjectDiff.RiskChange change : diff.register()) {
                content.getChildren().add(row(new Label(org.kickoff.i18n.RiskWords.title(messages, questionnaire,
                        change.findingId())),
                        words.describe(change.left()), words.describe(change.right()), mine, theirs));
            }
        }
        if (!diff.actions().isEmpty()) {
            Label heading = new Label(messages.get("diff.actions"));
            heading.getStyleClass().add(Css.QUESTION_TEXT);
            content.getChildren().add(heading);
            String none = messages.get("answer-text.none");
            for (ProjectDiff.ActionChange change : diff.actions()) {
                content.getChildren().add(row(new Label(change.right().or(change::left).map(a -> a.title())
                                .orElse(change.actionId())),
                        change.left().map(words::describe).orElse(none), change.right().map(words::describe).orElse(none),
                        mine, theirs));
            }
        }
    }

    private static String infoKey(ProjectDiff.InfoField field) {
        return switch (field) {
            case QUESTIONNAIRE -> "compare.info.questionnaire";
            case NAME -> "compare.info.name";
            case DESCRIPTION -> "compare.info.description";
            case AUTHORS -> "compare.info.authors";
            case MILESTONES -> "compare.info.milestones";
        };
    }

    /** A question's title that leads to it (the dialog closes). */
    private static Label link(String title, String questionId, Consumer<String> go) {
        javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(title);
        link.setId("compare-link-" + Css.nodeId(questionId));
        link.setWrapText(true);
        link.setOnAction(e -> go.accept(questionId));
        Label holder = new Label();
        holder.setGraphic(link);
        return holder;
    }

    private static VBox row(Label question, String left, String right, String mine, String theirs) {
        question.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(2);
        grid.addRow(0, side(mine), value(left));
        grid.addRow(1, side(theirs), value(right));
        VBox box = new VBox(2, question, grid);
        return box;
    }

    private static Label side(String name) {
        Label label = new Label(name);
        label.getStyleClass().add(Css.MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        GridPane.setHgrow(label, Priority.ALWAYS);
        return label;
    }
}
