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

    NumberInput(QuestionViewModel vm, Messages messages) {
        setSpacing(4);
        TextField field = new TextField(vm.numberTextProperty().get());
        field.setId(Css.nodeId(vm.id()) + "-number");
        field.getStyleClass().add("number-field");
        field.setPrefColumnCount(10);
        field.setAccessibleText(vm.text());
        field.setPromptText(vm.placeholder());
        field.textProperty().subscribe((o, n) -> vm.enterNumber(n));
        HBox row = new HBox(8, field);
        row.setAlignment(Pos.CENTER_LEFT);
        String language = messages.language();
        if (vm.units().size() == 1) {
            row.getChildren().add(new Label(vm.units().get(0).label().in(language)));
        } else if (vm.units().size() > 1) {
            ComboBox<NamedItem> units = new ComboBox<>(FXCollections.observableArrayList(vm.units()));
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
            vm.units().stream().filter(u -> u.id().equals(vm.unitProperty().get())).findFirst()
                    .ifPresentOrElse(units::setValue, () -> units.setValue(vm.units().get(0)));
            units.valueProperty().subscribe((o, n) -> {
                if (n != null) {
                    vm.chooseUnit(n.id());
                }
            });
            row.getChildren().add(units);
        }
        Label error = new Label();
        error.setId(Css.nodeId(vm.id()) + "-error");
        error.getStyleClass().add(Css.VALIDATION);
        error.setWrapText(true);
        error.textProperty().bind(vm.inputErrorProperty());
        error.visibleProperty().bind(vm.inputErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        vm.inputErrorProperty().subscribe(e -> field.pseudoClassStateChanged(Css.INVALID, !e.isEmpty()));
        getChildren().addAll(row, error);
    }
}
