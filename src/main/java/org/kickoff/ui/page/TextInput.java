package org.kickoff.ui.page;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.common.TabMovesFocus;
import org.kickoff.ui.common.Viewports;

/** A one-line text field or a growing text area. */
final class TextInput extends StackPane {

    TextInput(QuestionViewModel vm, TextModel model, boolean multiLine) {
        TextInputControl field;
        if (multiLine) {
            TextArea area = new TextArea();
            TabMovesFocus.install(area);
            area.setWrapText(true);
            area.setPrefRowCount(4);
            Viewports.uncached(area);
            field = area;
        } else {
            field = new javafx.scene.control.TextField();
        }
        field.setId(Css.nodeId(vm.id()) + "-text");
        field.setText(model.text());
        field.setPromptText(vm.placeholder());
        field.setAccessibleText(vm.text());
        field.textProperty().subscribe((o, n) -> {
            if (!n.equals(model.text())) {
                model.enter(n);
            }
        });
        vm.valueProperty().subscribe(v -> {
            String text = model.text();
            if (!text.equals(field.getText())) {
                field.setText(text);
            }
        });
        getChildren().add(field);
    }
}
