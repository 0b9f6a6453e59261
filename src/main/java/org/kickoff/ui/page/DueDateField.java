package org.kickoff.ui.page;

import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.kickoff.domain.DueDate;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;

/**
 * A due date: a text field that takes the date as typed (an ISO date or the user's way) and a calendar
 * button beside it. The field is ours rather than the date picker's own, because the picker blanks text it
 * cannot read when it commits (on Enter or on leaving the field): typed text would be lost.
 */
final class DueDateField extends HBox {

    private final TextField field = new TextField();

    DueDateField(QuestionViewModel vm, Messages messages) {
        super(4);
        DueDateModel model = vm.dueDate();
        getStyleClass().add(Css.DUE_DATE);
        setAlignment(Pos.CENTER_LEFT);
        field.setId(Css.nodeId(vm.id()) + "-due");
        field.setAccessibleText(messages.get("question.due"));
        field.setPrefColumnCount(10);
        field.setPromptText(DueDate.format(messages.locale()).format(LocalDate.of(2026, 12, 31)));
        field.setText(model.text());
        field.textProperty().subscribe((o, text) -> {
            if (!text.equals(model.text())) {
                model.enter(text);
            }
        });

        DatePicker calendar = new DatePicker(vm.dueProperty().get());
        calendar.setId(Css.nodeId(vm.id()) + "-due-calendar");
        calendar.getStyleClass().add(Css.CALENDAR_BUTTON);
        calendar.setEditable(false);
        calendar.setFocusTraversable(false);
        calendar.setAccessibleText(messages.get("question.due.pick"));
        calendar.valueProperty().subscribe((o, date) -> {
            if (date != null && !date.equals(vm.dueProperty().get())) {
                model.pick(date);
                field.setText(model.text());
            }
        });
        vm.reloadsProperty().subscribe((o, n) -> {
            if (!field.getText().equals(model.text())) {
                field.setText(model.text());
            }
        });
        vm.dueProperty().subscribe(date -> {
            if (date != null && !date.equals(calendar.getValue())) {
                calendar.setValue(date);
            }
        });
        model.errorProperty().subscribe(error -> field.pseudoClassStateChanged(Css.INVALID, !error.isEmpty()));
        getChildren().addAll(field, calendar);
    }

    TextField field() {
        return field;
    }
}
