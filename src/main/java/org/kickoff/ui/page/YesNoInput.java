package org.kickoff.ui.page;

import atlantafx.base.theme.Styles;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.kickoff.domain.Value;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;

/** Yes and No as two toggle buttons; clicking the chosen one again clears the answer. */
final class YesNoInput extends HBox {

    YesNoInput(QuestionViewModel vm, YesNoModel model, Messages messages) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton yes = new ToggleButton(messages.get("answer.yes"));
        ToggleButton no = new ToggleButton(messages.get("answer.no"));
        yes.setId(Css.nodeId(vm.id()) + "-yes");
        no.setId(Css.nodeId(vm.id()) + "-no");
        yes.getStyleClass().add(Styles.LEFT_PILL);
        no.getStyleClass().add(Styles.RIGHT_PILL);
        yes.setToggleGroup(group);
        no.setToggleGroup(group);
        yes.setAccessibleText(vm.text() + " " + messages.get("answer.yes"));
        no.setAccessibleText(vm.text() + " " + messages.get("answer.no"));
        show(vm.valueProperty().get(), yes, no);
        vm.valueProperty().subscribe(v -> show(v, yes, no));
        group.selectedToggleProperty().subscribe((old, selected) ->
                model.answer(selected == yes ? Boolean.TRUE : selected == no ? Boolean.FALSE : null));
        getChildren().addAll(yes, no);
    }

    private static void show(Value value, ToggleButton yes, ToggleButton no) {
        boolean isYes = value instanceof Value.YesNo y && y.yes();
        boolean isNo = value instanceof Value.YesNo n && !n.yes();
        if (yes.isSelected() != isYes) {
            yes.setSelected(isYes);
        }
        if (no.isSelected() != isNo) {
            no.setSelected(isNo);
        }
    }
}
