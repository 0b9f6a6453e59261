package org.kickoff.ui.page;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kickoff.domain.Choice;
import org.kickoff.domain.Question;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;

/** The options as check boxes (an exclusive "none" clears the rest), plus "Other" with a text field. */
final class MultiChoiceInput extends VBox {

    private final List<CheckBox> boxes = new ArrayList<>();

    MultiChoiceInput(QuestionViewModel vm, MultiChoiceModel model, Messages messages) {
        setSpacing(6);
        FlowPane options = new FlowPane();
        options.setHgap(18);
        options.setVgap(8);
        String language = messages.language();
        for (Choice choice : model.type().options()) {
            options.getChildren().add(box(vm, model, choice.id(), choice.label().in(language)));
        }
        getChildren().add(options);
        if (model.type().allowOther()) {
            CheckBox other = box(vm, model, Question.OTHER, messages.get("answer.other") + ":");
            getChildren().add(new OtherRow(vm, messages, other, model::otherText, model::enterOther));
        }
        vm.valueProperty().subscribe(v -> {
            List<String> selected = model.selected();
            for (CheckBox box : boxes) {
                boolean on = selected.contains((String) box.getUserData());
                if (box.isSelected() != on) {
                    box.setSelected(on);
                }
            }
        });
    }

    private CheckBox box(QuestionViewModel vm, MultiChoiceModel model, String optionId, String label) {
        CheckBox box = new CheckBox(label);
        box.setId(Css.nodeId(vm.id()) + "-" + optionId);
        box.setUserData(optionId);
        box.setMnemonicParsing(false);
        box.setSelected(model.selected().contains(optionId));
        box.selectedProperty().subscribe((o, on) -> {
            if (on != model.selected().contains(optionId)) {
                model.toggle(optionId, on);
            }
        });
        boxes.add(box);
        return box;
    }
}
