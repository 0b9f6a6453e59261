package org.kickoff.ui.page;

import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kickoff.domain.Choice;
import org.kickoff.domain.Question;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;

/** The options as radio buttons, plus "Other" with a text field where the question allows it. */
final class SingleChoiceInput extends VBox {

    SingleChoiceInput(QuestionViewModel vm, SingleChoiceModel model, Messages messages) {
        setSpacing(6);
        ToggleGroup group = new ToggleGroup();
        FlowPane options = new FlowPane();
        options.setHgap(18);
        options.setVgap(8);
        String language = messages.language();
        for (Choice choice : model.type().options()) {
            RadioButton button = radio(vm, group, choice.id(), choice.label().in(language));
            options.getChildren().add(button);
        }
        getChildren().add(options);
        if (model.type().allowOther()) {
            RadioButton other = radio(vm, group, Question.OTHER, messages.get("answer.other") + ":");
            getChildren().add(new OtherRow(vm, messages, other, model::otherText, model::enterOther));
        }
        vm.valueProperty().subscribe(v -> {
            String selected = model.selected().orElse(null);
            group.getToggles().forEach(t -> {
                boolean on = t.getUserData().equals(selected);
                if (t.isSelected() != on) {
                    t.setSelected(on);
                }
            });
        });
        group.selectedToggleProperty().subscribe((old, toggle) -> {
            String id = toggle == null ? null : (String) toggle.getUserData();
            if (id != null && !id.equals(model.selected().orElse(null))) {
                model.choose(id);
            }
        });
    }

    private static RadioButton radio(QuestionViewModel vm, ToggleGroup group, String optionId, String label) {
        RadioButton button = new RadioButton(label);
        button.setId(Css.nodeId(vm.id()) + "-" + optionId);
        button.setUserData(optionId);
        button.setToggleGroup(group);
        button.setMnemonicParsing(false);
        return button;
    }
}
