package org.kickoff.ui.page;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;

/** "Other:" with its text field, for single and multiple choice; typing chooses "other". */
final class OtherRow extends HBox {

    OtherRow(QuestionViewModel vm, Messages messages, Node toggle) {
        super(8);
        TextField text = new TextField(vm.otherText());
        text.setId(Css.nodeId(vm.id()) + "-other-text");
        text.setPromptText(messages.get("question.other.prompt"));
        text.setAccessibleText(vm.text() + " " + messages.get("answer.other"));
        text.textProperty().subscribe((o, n) -> {
            if (!n.equals(vm.otherText())) {
                vm.enterOther(n);
            }
        });
        HBox.setHgrow(text, Priority.ALWAYS);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(toggle, text);
    }
}
