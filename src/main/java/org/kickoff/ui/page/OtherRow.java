package org.kickoff.ui.page;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;

/** "Other:" with its text field, for single and multiple choice; typing chooses "other". */
final class OtherRow extends HBox {

    OtherRow(QuestionViewModel vm, Messages messages, Node toggle, Supplier<String> current,
             Consumer<String> enter) {
        super(8);
        TextField text = new TextField(current.get());
        text.setId(Css.nodeId(vm.id()) + "-other-text");
        text.setPromptText(messages.get("question.other.prompt"));
        text.setAccessibleText(vm.text() + " " + messages.get("answer.other"));
        text.textProperty().subscribe((o, n) -> {
            if (!n.equals(current.get())) {
                enter.accept(n);
            }
        });
        vm.reloadsProperty().subscribe((o, n) -> {
            if (!text.getText().equals(current.get())) {
                text.setText(current.get());
            }
        });
        HBox.setHgrow(text, Priority.ALWAYS);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(toggle, text);
    }
}
