package org.kickoff.ui.sharing;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kickoff.domain.Questionnaire;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Buttons;
import org.kickoff.ui.common.Css;

/**
 * What a merge just did, after it is done: which answers came from the colleague, which stayed, which
 * conflicts are now open questions; each question a link to it. Undo takes the whole merge back.
 */
public final class MergeReport extends Dialog<Void> {

    public MergeReport(Window owner, MergeViewModel.Outcome outcome, String theirName, Questionnaire questionnaire,
                       Messages messages, Consumer<String> showQuestion) {
        initOwner(owner);
        setTitle(messages.get("merge.report.title"));
        setResizable(true);
        Css.style(getDialogPane(), Css.MERGE_DIALOG);
        getDialogPane().setId("merge-report");
        setHeaderText(outcome.isEmpty() ? messages.get("merge.report.nothing", theirName)
                : messages.get("merge.report.header", theirName, outcome.takenFromTheirs().size(), outcome.kept().size(),
                outcome.nowOpen().size()));
        VBox content = new VBox(10);
        Consumer<String> go = id -> {
            close();
            showQuestion.accept(id);
        };
        section(content, messages.get("merge.report.taken"), outcome.takenFromTheirs(), questionnaire, messages, go);
        section(content, messages.get("merge.report.kept"), outcome.kept(), questionnaire, messages, go);
        section(content, messages.get("merge.report.open"), outcome.nowOpen(), questionnaire, messages, go);
        content.getChildren().add(new Label(messages.get("merge.report.undo")));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Css.DIALOG_SCROLL);
        getDialogPane().setContent(scroll);
        getDialogPane().getButtonTypes().add(Buttons.close(messages));
    }

    private static void section(VBox content, String title, List<String> ids, Questionnaire questionnaire,
                                Messages messages, Consumer<String> go) {
        if (ids.isEmpty()) {
            return;
        }
        Label heading = new Label(title);
        heading.getStyleClass().add(Css.QUESTION_TEXT);
        VBox links = new VBox(2);
        for (String id : ids) {
            Hyperlink link = new Hyperlink(questionnaire.question(id).map(q -> q.text().in(messages.language()))
                    .orElse(id));
            link.setId("merge-report-" + Css.nodeId(id));
            link.setWrapText(true);
            link.setOnAction(e -> go.accept(id));
            links.getChildren().add(link);
        }
        content.getChildren().addAll(heading, links);
    }
}
