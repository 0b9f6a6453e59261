package org.kickoff.ui.summary;

import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.Evaluation;
import org.kickoff.domain.Progress;
import org.kickoff.domain.Question;
import org.kickoff.domain.Topic;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.wizard.WizardViewModel;

/** The summary page: progress per topic, open questions and not-applicable items, each linked to its page. */
public final class SummaryView extends ScrollPane {

    public SummaryView(WizardViewModel wizard, Messages messages) {
        getStyleClass().add(Css.PAGE_SCROLL);
        setId("page-summary");
        setFitToWidth(true);
        Evaluation evaluation = wizard.evaluationProperty().get();
        String language = messages.language();
        Label title = new Label(messages.get("page.summary"));
        title.getStyleClass().add(Css.PAGE_TITLE);
        Progress overall = evaluation.progress();
        Label intro = new Label(messages.get("summary.overall", overall.done(), overall.total(), overall.open()));
        intro.getStyleClass().add(Css.PAGE_INTRO);
        intro.setWrapText(true);

        GridPane table = new GridPane();
        table.setHgap(24);
        table.setVgap(6);
        table.addRow(0, header(messages.get("summary.topic")), header(messages.get("summary.answered")),
                header(messages.get("summary.open")), header(messages.get("summary.na")));
        int row = 1;
        for (Topic topic : evaluation.questionnaire().topics()) {
            Progress p = evaluation.progress(topic);
            Hyperlink link = new Hyperlink(topic.title().in(language));
            link.setOnAction(e -> wizard.jumpToTopic(topic.id()));
            table.addRow(row++, link, new Label(p.answered() + " / " + p.total()), new Label(String.valueOf(p.open())),
                    new Label(String.valueOf(p.notApplicable())));
        }
        VBox progressCard = card(table);

        VBox open = new VBox(4);
        VBox notApplicable = new VBox(4);
        for (Topic topic : evaluation.questionnaire().topics()) {
            for (Question question : evaluation.visibleQuestions(topic)) {
                Answer answer = evaluation.answer(question.id());
                if (answer.status() == AnswerStatus.OPEN) {
                    String who = answer.owner().isBlank() ? messages.get("summary.no-owner") : answer.owner();
                    String due = answer.due() == null ? messages.get("summary.no-due") : answer.due().toString();
                    open.getChildren().add(item(wizard, topic, question.text().in(language),
                            messages.get("summary.open-item", who, due)));
                } else if (answer.status() == AnswerStatus.NOT_APPLICABLE) {
                    notApplicable.getChildren().add(item(wizard, topic, question.text().in(language),
                            answer.reason().isBlank() ? messages.get("summary.no-reason") : answer.reason()));
                }
            }
        }
        VBox page = new VBox(title, intro, card(heading(messages.get("summary.progress")), progressCard),
                card(heading(messages.get("summary.open-questions")), orNone(open, messages)),
                card(heading(messages.get("summary.not-applicable")), orNone(notApplicable, messages)));
        page.getStyleClass().add(Css.PAGE);
        StackPane centered = new StackPane(page);
        centered.setAlignment(Pos.TOP_CENTER);
        setContent(centered);
    }

    private static VBox item(WizardViewModel wizard, Topic topic, String question, String detail) {
        Hyperlink link = new Hyperlink(question);
        link.setWrapText(true);
        link.setOnAction(e -> wizard.jumpToTopic(topic.id()));
        Label label = new Label(detail);
        label.getStyleClass().add(Css.MUTED);
        label.setWrapText(true);
        label.setPadding(new javafx.geometry.Insets(0, 0, 0, 4));
        return new VBox(0, link, label);
    }

    private static VBox orNone(VBox list, Messages messages) {
        if (list.getChildren().isEmpty()) {
            Label none = new Label(messages.get("summary.none"));
            none.getStyleClass().add(Css.MUTED);
            list.getChildren().add(none);
        }
        return list;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Css.FIELD_LABEL);
        return label;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Css.QUESTION_TEXT);
        return label;
    }

    private static VBox card(javafx.scene.Node... children) {
        VBox box = new VBox(8, children);
        box.getStyleClass().add(Css.CARD);
        box.setMinHeight(Region.USE_PREF_SIZE);
        return box;
    }
}
