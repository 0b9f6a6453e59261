package org.kickoff.ui.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;
import org.kickoff.domain.DueDate;
import org.kickoff.domain.Parsed;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Buttons;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.common.TabMovesFocus;

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
        Dialog<Acceptance> dialog = dialog(owner, m.get("outcome.accept.title"), risk, "accept-dialog", m);
        TextField by = field("accept-by", people);
        TextArea why = new TextArea();
        why.setId("accept-reason");
        // Tab goes on to the date, as in every text area of the window
        TabMovesFocus.install(why);
        why.setWrapText(true);
        why.setPrefRowCount(3);
        DatePicker until = datePicker("accept-until", null, m);
        GridPane grid = grid();
        grid.addRow(0, new Label(m.get("outcome.accept.by")), by);
        grid.addRow(1, new Label(m.get("outcome.accept.reason")), why);
        grid.addRow(2, new Label(m.get("outcome.accept.until")), until);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(okOf(dialog)).disableProperty()
                .bind(by.textProperty().isEmpty().or(why.textProperty().isEmpty()));
        dialog.setResultConverter(b -> isOk(b) ? new Acceptance(by.getText(), why.getText(), until.getValue())
                : null);
        by.requestFocus();
        return dialog.showAndWait();
    }

    public static Optional<ActionInput> action(Window owner, String header, ActionInput start, List<String> people,
                                               Messages m) {
        Dialog<ActionInput> dialog = dialog(owner, m.get("outcome.action.title"), header, "action-dialog", m);
        TextField title = new TextField(start.title());
        title.setId("action-title");
        TextField who = field("action-owner", people);
        who.setText(start.owner());
        DatePicker due = datePicker("action-due", start.due(), m);
        GridPane grid = grid();
        grid.addRow(0, new Label(m.get("outcome.action.what")), title);
        grid.addRow(1, new Label(m.get("outcome.action.owner")), who);
        grid.addRow(2, new Label(m.get("outcome.action.due")), due);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(okOf(dialog)).disableProperty().bind(title.textProperty().isEmpty());
        dialog.setResultConverter(b -> isOk(b) ? new ActionInput(title.getText(), who.getText(), due.getValue())
                : null);
        return dialog.showAndWait();
    }

    /** A dialog with OK and Cancel in the window's language (JavaFX's own speak the system's): ids "-ok", "-cancel". */
    private static <T> Dialog<T> dialog(Window owner, String title, String header, String id, Messages m) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        Css.style(dialog.getDialogPane(), Css.OUTCOME_DIALOG);
        dialog.getDialogPane().setId(id);
        ButtonType ok = Buttons.ok(m);
        ButtonType cancel = Buttons.cancel(m);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).setId(id + "-ok");
        dialog.getDialogPane().lookupButton(cancel).setId(id + "-cancel");
        return dialog;
    }

    private static ButtonType okOf(Dialog<?> dialog) {
        return dialog.getDialogPane().getButtonTypes().stream().filter(OutcomeDialogs::isOk).findFirst().orElseThrow();
    }

    private static boolean isOk(ButtonType button) {
        return button != null && button.getButtonData() == ButtonBar.ButtonData.OK_DONE;
    }

    /**
     * A date picker that shows and reads dates in the window's language, as the cards' due dates do (its own
     * converter follows the system's); text it cannot read keeps the date it had rather than blanking it.
     */
    private static DatePicker datePicker(String id, LocalDate value, Messages m) {
        DatePicker picker = new DatePicker(value);
        picker.setId(id);
        java.time.format.DateTimeFormatter format = DueDate.format(m.locale());
        picker.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : format.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                Parsed<LocalDate> parsed = DueDate.parse(text, m.locale());
                return parsed.problem() != null ? picker.getValue() : parsed.value();
            }
        });
        picker.setPromptText(format.format(LocalDate.of(2026, 12, 31)));
        return picker;
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
