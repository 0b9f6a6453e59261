package org.kickoff.ui.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;

/**
 * The dialogs of the outcome: accepting a risk (who, why, until when) and an action (title, owner, due date).
 * Owners are picked from the people the project names, or typed: ControlsFX's auto-completion offers the
 * names that contain what was typed so far.
 */
public final class OutcomeDialogs {

    /** Who accepted a risk, why, and until when ({@code null}: without end). */
    public record Acceptance(String by, String reason, LocalDate until) {
    }

    /** What an action says: its title, owner and due date ({@code null}: none). */
    public record ActionInput(String title, String owner, LocalDate due) {
    }

    private OutcomeDialogs() {
    }

    public static Optional<Acceptance> accept(Window owner, String risk, List<String> people, Messages m) {
        Dialog<Acceptance> dialog = dialog(owner, m.get("outcome.accept.title"), risk, "accept-dialog");
        TextField by = field("accept-by", people);
        TextArea why = new TextArea();
        why.setId("accept-reason");
        why.setWrapText(true);
        why.setPrefRowCount(3);
        DatePicker until = new DatePicker();
        until.setId("accept-until");
        GridPane grid = grid();
        grid.addRow(0, new Label(m.get("outcome.accept.by")), by);
        grid.addRow(1, new Label(m.get("outcome.accept.reason")), why);
        grid.addRow(2, new Label(m.get("outcome.accept.until")), until);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(by.textProperty().isEmpty().or(why.textProperty().isEmpty()));
        dialog.setResultConverter(b -> b == ButtonType.OK ? new Acceptance(by.getText(), why.getText(),
                until.getValue()) : null);
        by.requestFocus();
        return dialog.showAndWait();
    }

    public static Optional<ActionInput> action(Window owner, String header, ActionInput start, List<String> people,
                                               Messages m) {
        Dialog<ActionInput> dialog = dialog(owner, m.get("outcome.action.title"), header, "action-dialog");
        TextField title = new TextField(start.title());
        title.setId("action-title");
        TextField who = field("action-owner", people);
        who.setText(start.owner());
        DatePicker due = new DatePicker(start.due());
        due.setId("action-due");
        GridPane grid = grid();
        grid.addRow(0, new Label(m.get("outcome.action.what")), title);
        grid.addRow(1, new Label(m.get("outcome.action.owner")), who);
        grid.addRow(2, new Label(m.get("outcome.action.due")), due);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(title.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK ? new ActionInput(title.getText(), who.getText(),
                due.getValue()) : null);
        return dialog.showAndWait();
    }

    private static <T> Dialog<T> dialog(Window owner, String title, String header, String id) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        Css.style(dialog.getDialogPane(), Css.OUTCOME_DIALOG);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog;
    }

    /** A text field that offers the project's people as the user types. */
    private static TextField field(String id, List<String> people) {
        TextField field = new TextField();
        field.setId(id);
        TextFields.bindAutoCompletion(field, people);
        return field;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Css.FORM_GRID);
        return grid;
    }
}
