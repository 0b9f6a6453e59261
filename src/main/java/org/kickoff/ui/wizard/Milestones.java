package org.kickoff.ui.wizard;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.kickoff.domain.Milestone;
import org.kickoff.domain.Project;
import org.kickoff.domain.ProjectDiff;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.actions.OutcomeCommands;
import org.kickoff.ui.common.Buttons;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.sharing.CompareDialog;

/**
 * File > Record milestone... and Compare with milestone...: a name for the snapshot; the Compare dialog since
 * it. Here in the wizard because it puts two features together: the outcome's commands and sharing's Compare.
 */
final class Milestones {

    private final OutcomeCommands commands;
    private final Messages messages;
    private final Consumer<String> showQuestion;

    /** @param showQuestion goes to a question's page: a line of the comparison leads there */
    Milestones(OutcomeCommands commands, Messages messages, Consumer<String> showQuestion) {
        this.commands = commands;
        this.messages = messages;
        this.showQuestion = showQuestion;
    }

    void record(Window owner) {
        TextInputDialog dialog = new TextInputDialog(messages.get("milestone.default-name",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale())
                        .format(commands.today())));
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("milestone.record.title"));
        dialog.setHeaderText(messages.get("milestone.record.header"));
        Css.style(dialog.getDialogPane(), Css.OUTCOME_DIALOG);
        dialog.getDialogPane().setId("milestone-dialog");
        dialog.getEditor().setId("milestone-name");
        ButtonType ok = buttons(dialog, "milestone-dialog");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(javafx.beans.binding.Bindings
                .createBooleanBinding(() -> !commands.canRecord(dialog.getEditor().getText()),
                        dialog.getEditor().textProperty()));
        dialog.showAndWait().ifPresent(commands::recordMilestone);
    }

    void compare(Window owner) {
        if (commands.milestones().isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("milestone.none"), Buttons.ok(messages));
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
        buttons(choice, "milestone-choice");
        Optional<Milestone> milestone = choice.showAndWait().flatMap(name -> commands.document().project().milestone(name));
        milestone.ifPresent(m -> {
            Project now = commands.document().project();
            ProjectDiff diff = ProjectDiff.compare(commands.document().questionnaire(), m.asProject(now), now);
            new CompareDialog(owner, diff, commands.document().questionnaire(), m.name(),
                    messages.get("milestone.now"), messages, showQuestion).showAndWait();
        });
    }

    /**
     * OK and Cancel in the window's language (JavaFX's own speak the system's), with ids for tests; the
     * dialogs' result converters go by the buttons' data, so they keep working. Returns OK.
     */
    private ButtonType buttons(Dialog<?> dialog, String id) {
        ButtonType ok = Buttons.ok(messages);
        ButtonType cancel = Buttons.cancel(messages);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).setId(id + "-ok");
        dialog.getDialogPane().lookupButton(cancel).setId(id + "-cancel");
        return ok;
    }
}
