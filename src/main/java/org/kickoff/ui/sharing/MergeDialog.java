package org.kickoff.ui.sharing;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kickoff.ui.common.Buttons;
import org.kickoff.domain.MergePlan;
import org.kickoff.domain.MergePlan.Resolution;
import org.kickoff.domain.Questionnaire;
import org.kickoff.i18n.AnswerText;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;

/**
 * Merge from a colleague's file: says how many answers are taken over, and for each question both answered
 * differently lets the user keep theirs, mine, or both (theirs in the note). Undecided ones stay visible as
 * open questions quoting both answers.
 */
public final class MergeDialog extends Dialog<ButtonType> {

    public MergeDialog(Window owner, MergeViewModel vm, Questionnaire questionnaire, Messages messages) {
        initOwner(owner);
        setTitle(messages.get("merge.title"));
        setResizable(true);
        Css.style(getDialogPane(), Css.MERGE_DIALOG);
        getDialogPane().setId("merge-dialog");
        setHeaderText(messages.get("merge.header", vm.theirName(), vm.takenOver().size(), vm.conflicts().size()));
        AnswerText text = new AnswerText(messages);
        String language = messages.language();
        VBox conflicts = new VBox(14);
        conflicts.setPadding(new Insets(4, 12, 12, 4));
        for (MergePlan.Conflict conflict : vm.conflicts()) {
            String id = conflict.questionId();
            Label question = new Label(questionnaire.question(id).map(q -> q.text().in(language)).orElse(id));
            question.setWrapText(true);
            question.getStyleClass().add(Css.QUESTION_TEXT);
            Label mine = new Label(messages.get("merge.mine", text.describe(questionnaire, id, conflict.mine())));
            Label theirs = new Label(messages.get("merge.theirs", vm.theirName(),
                    text.describe(questionnaire, id, conflict.theirs())));
            mine.setWrapText(true);
            theirs.setWrapText(true);
            ToggleGroup group = new ToggleGroup();
            HBox choices = new HBox(choice(group, id, "mine", messages.get("merge.keep-mine"), Resolution.MINE,
                            Styles.LEFT_PILL),
                    choice(group, id, "theirs", messages.get("merge.take-theirs"), Resolution.THEIRS, Styles.CENTER_PILL),
                    choice(group, id, "both", messages.get("merge.both"), Resolution.BOTH_IN_NOTE, Styles.RIGHT_PILL));
            group.selectedToggleProperty().subscribe(t -> vm.choiceProperty(id)
                    .set(t == null ? null : (Resolution) t.getUserData()));
            vm.choiceProperty(id).subscribe(r -> group.getToggles().forEach(t -> {
                if (t.isSelected() != (t.getUserData() == r)) {
                    t.setSelected(t.getUserData() == r);
                }
            }));
            conflicts.getChildren().add(new VBox(4, question, mine, theirs, choices));
        }
        if (vm.conflicts().isEmpty()) {
            conflicts.getChildren().add(new Label(messages.get("merge.no-conflicts")));
        }
        Button allMine = new Button(messages.get("merge.rest-mine"));
        allMine.setId("merge-rest-mine");
        allMine.setOnAction(e -> vm.decideRest(Resolution.MINE));
        Button allTheirs = new Button(messages.get("merge.rest-theirs"));
        allTheirs.setId("merge-rest-theirs");
        allTheirs.setOnAction(e -> vm.decideRest(Resolution.THEIRS));
        Label undecided = new Label();
        undecided.getStyleClass().add(Css.MUTED);
        undecided.setWrapText(true);
        Runnable count = () -> undecided.setText(vm.undecided() == 0 ? "" : messages.get("merge.undecided",
                vm.undecided()));
        vm.conflicts().forEach(c -> vm.choiceProperty(c.questionId()).subscribe(r -> count.run()));
        count.run();
        allMine.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        allTheirs.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bulk = new HBox(8, allMine, allTheirs, undecided);
        bulk.setAlignment(Pos.CENTER_LEFT);
        bulk.setVisible(!vm.conflicts().isEmpty());
        bulk.setManaged(bulk.isVisible());
        ScrollPane scroll = new ScrollPane(conflicts);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Css.DIALOG_SCROLL);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getDialogPane().setContent(new VBox(10, bulk, scroll));
        ButtonType apply = new ButtonType(messages.get("merge.apply"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(apply, Buttons.cancel(messages));
        getDialogPane().lookupButton(apply).setId("merge-apply");
        getDialogPane().lookupButton(apply).setDisable(!vm.changesAnything());
    }

    private static ToggleButton choice(ToggleGroup group, String questionId, String part, String text,
                                       Resolution resolution, String pill) {
        ToggleButton button = new ToggleButton(text);
        button.setId(Css.nodeId(questionId) + "-merge-" + part);
        button.setUserData(resolution);
        button.setToggleGroup(group);
        button.getStyleClass().add(pill);
        button.setMnemonicParsing(false);
        return button;
    }
}
