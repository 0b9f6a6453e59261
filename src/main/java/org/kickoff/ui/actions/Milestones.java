package org.kickoff.ui.actions;

import java.time.ZoneId;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.kickoff.domain.Milestone;
import org.kickoff.domain.Project;
import org.kickoff.domain.ProjectDiff;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.sharing.CompareDialog;

/** File > Record milestone... and Compare with milestone...: a name for the snapshot; the Compare dialog since it. */
public final class Milestones {

    private final OutcomeCommands commands;
    private final Messages messages;

    public Milestones(OutcomeCommands commands, Messages messages) {
        this.commands = commands;
        this.messages = messages;
    }

    public void record(Window owner) {
        TextInputDialog dialog = new TextInputDialog(messages.get("milestone.default-name",
                messages.dateTime(commands.today().atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault())
                        .replaceAll(",? \\d{1,2}:\\d{2}.*$", "")));
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("milestone.record.title"));
        dialog.setHeaderText(messages.get("milestone.record.header"));
        Css.style(dialog.getDialogPane(), Css.OUTCOME_DIALOG);
        dialog.getDialogPane().setId("milestone-dialog");
        dialog.getEditor().setId("milestone-name");
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(javafx.beans.binding.Bindings
                .createBooleanBinding(() -> !commands.canRecord(dialog.getEditor().getText()),
                        dialog.getEditor().textProperty()));
        dialog.showAndWait().ifPresent(commands::recordMilestone);
    }

    public void compare(Window owner) {
        if (commands.milestones().isEmpty()) {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.INFORMATION, messages.get("milestone.none"));
            alert.initOwner(owner);
            alert.setTitle(messages.get("milestone.compare.title"));
            alert.setHeaderText(null);
            Css.style(alert.getDialogPane(), Css.MESSAGE_DIALOG);
            alert.getDialogPane().setId("milestone-none");
            alert.showAndWait();
            return;
        }
        ChoiceDialog<String> choice = new ChoiceDialog<>(commands.milestones().get(commands.milestones().size() - 1)
                .name(), commands.milestones().stream().map(Milestone::name).toList());
        choice.initOwner(owner);
        choice.setTitle(messages.get("milestone.compare.title"));
        choice.setHeaderText(messages.get("milestone.compare.header"));
        Css.style(choice.getDialogPane(), Css.OUTCOME_DIALOG);
        choice.getDialogPane().setId("milestone-choice");
        Optional<Milestone> milestone = choice.showAndWait().flatMap(name -> commands.document().project().milestone(name));
        milestone.ifPresent(m -> {
            Project now = commands.document().project();
            ProjectDiff diff = ProjectDiff.compare(commands.document().questionnaire(), m.asProject(now), now);
            new CompareDialog(owner, diff, commands.document().questionnaire(), m.name(),
                    messages.get("milestone.now"), messages).showAndWait();
        });
    }
}
