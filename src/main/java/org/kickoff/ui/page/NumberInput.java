package org.kickoff.ui.page;

import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kickoff.domain.NamedItem;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;

/** A number field with its unit; wrong input is marked where it is, with a message. */
final class NumberInput extends VBox {

    NumberInput(QuestionViewModel vm, NumberModel model, Messages messages) {
        setSpacing(4);
        TextField field = new TextField(model.textProperty().get());
        field.setId(Css.nodeId(vm.id()) + "-number");
        field.setPrefColumnCount(10);
        field.setAccessibleText(vm.text());
        field.setPromptText(vm.placeholder());
        field.textProperty().subscribe((o, n) -> {
            if (!n.equals(model.textProperty().get())) {
                model.enter(n);
            }
        });
        model.textProperty().subscribe(t -> {
            if (!t.equals(field.getText())) {
                field.setText(t);
            }
        });
        HBox row = new HBox(8, field);
        row.setAlignment(Pos.CENTER_LEFT);
        String language = messages.language();
        if (model.units().size() == 1) {
            row.getChildren().add(new Label(model.units().get(0).label().in(language)));
        } else if (model.units().size() > 1) {
            ComboBox<NamedItem> units = new ComboBox<>(FXCollections.observableArrayList(model.units()));
            units.setId(Css.nodeId(vm.id()) + "-unit");
            units.setAccessibleText(messages.get("question.unit"));
            units.setConverter(new StringConverter<>() {
                @Override
                public String toString(NamedItem item) {
                    return item == null ? "" : item.label().in(language);
                }

                @Override
                public NamedItem fromString(String text) {
                    return null;
                }
            });
            model.units().stream().filter(u -> u.id().equals(model.unit())).findFirst()
                    .ifPresentOrElse(units::setValue, () -> units.setValue(model.units().get(0)));
            units.valueProperty().subscribe((o, n) -> {
                if (n != null) {
                    model.chooseUnit(n.id());
                }
            });
            row.getChildren().add(units);
        }
        Label error = new Label();
        error.setId(Css.nodeId(vm.id()) + "-error");
        error.getStyleClass().add(Css.VALIDATION);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        model.errorProperty().subscribe(e -> field.pseudoClassStateChanged(Css.INVALID, !e.isEmpty()));
        getChildren().addAll(row, error);
    }
}
