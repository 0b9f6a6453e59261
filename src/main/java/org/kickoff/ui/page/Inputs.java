package org.kickoff.ui.page;

import javafx.scene.Node;
import org.kickoff.i18n.Messages;

/** Picks the input renderer for a question's type: one small class per type. */
final class Inputs {

    private Inputs() {
    }

    static Node create(QuestionViewModel vm, Messages messages) {
        return switch (vm.question().type()) {
            case YES_NO -> new YesNoInput(vm, messages);
            case SINGLE_CHOICE -> new SingleChoiceInput(vm, messages);
            case MULTI_CHOICE -> new MultiChoiceInput(vm, messages);
            case TEXT -> new TextInput(vm, false);
            case LONG_TEXT -> new TextInput(vm, true);
            case NUMBER -> new NumberInput(vm, messages);
            case LIST -> new ListInput(vm, messages);
        };
    }
}
