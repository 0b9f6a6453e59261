package org.kickoff.ui.sharing;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kickoff.domain.Action;
import org.kickoff.domain.MergePlan;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.i18n.Messages;
import org.kickoff.i18n.RiskWords;
import org.kickoff.ui.common.Buttons;
import org.kickoff.ui.common.Css;

/**
 * What a merge just did, after it is done: which answers came from the colleague, which stayed, which
 * conflicts are now open questions, each question a link to it; which risk decisions, actions and milestones
 * it brought in. Undo takes the whole merge back.
 */
public final class MergeReport extends Dialog<Void> {

    /** @param merged the project as the merge left it: the titles of the actions it brought in */
    public MergeReport(Window owner, MergeViewModel.Outcome outcome, Project merged, String theirName,
                       Questionnaire questionnaire, Messages messages, Consumer<String> showQuestion) {
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
        MergePlan.OutcomeChanges changes = outcome.outcome();
        Function<String, String> risk = id -> RiskWords.title(messages, questionnaire, id);
        Function<String, String> action = id -> Optional.ofNullable(merged.actions().get(id)).map(Action::title)
                .orElse(id);
        lines(content, messages.get("merge.report.risks-taken"), changes.risksTaken(), risk);
        lines(content, messages.get("merge.report.risks-quoted"), changes.risksQuoted(), risk);
        lines(content, messages.get("merge.report.actions-taken"), changes.actionsTaken(), action);
        lines(content, messages.get("merge.report.actions-quoted"), changes.actionsQuoted(), action);
        lines(content, messages.get("merge.report.milestones"), changes.milestonesAdded(), Function.identity());
        content.getChildren().add(new Label(messages.get("merge.report.undo")));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Css.DIALOG_SCROLL);
        getDialogPane().setContent(scroll);
        getDialogPane().getButtonTypes().add(Buttons.close(messages));
    }

    /** Risks, actions or milestones the merge brought in, by name (they live on the Actions page, no question). */
    private static void lines(VBox content, String title, List<String> ids, Function<String, String> name) {
        if (ids.isEmpty()) {
            return;
        }
        Label heading = new Label(title);
        heading.getStyleClass().add(Css.QUESTION_TEXT);
        VBox lines = new VBox(2);
        for (String id : ids) {
            Label line = new Label("\u2022 " + name.apply(id));
            line.setWrapText(true);
            line.setMnemonicParsing(false);
            lines.getChildren().add(line);
        }
        content.getChildren().addAll(heading, lines);
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
