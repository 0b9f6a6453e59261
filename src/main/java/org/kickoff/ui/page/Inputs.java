package org.kickoff.ui.page;

import javafx.scene.Node;
import org.kickoff.domain.ListType;
import org.kickoff.domain.MultiChoiceType;
import org.kickoff.domain.NumberType;
import org.kickoff.domain.QuestionType;
import org.kickoff.domain.SingleChoiceType;
import org.kickoff.domain.TextType;
import org.kickoff.domain.YesNoType;
import org.kickoff.i18n.Messages;

/** The input for a question's kind, with its model: one small view class and one model class per kind. */
final class Inputs implements QuestionType.Visitor<Node> {

    private final QuestionViewModel vm;
    private final Messages messages;

    private Inputs(QuestionViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    static Node create(QuestionViewModel vm, Messages messages) {
        return vm.question().type().accept(new Inputs(vm, messages));
    }

    @Override
    public Node yesNo(YesNoType type) {
        return new YesNoInput(vm, new YesNoModel(vm), messages);
    }

    @Override
    public Node single(SingleChoiceType type) {
        return new SingleChoiceInput(vm, new SingleChoiceModel(vm, type), messages);
    }

    @Override
    public Node multi(MultiChoiceType type) {
        return new MultiChoiceInput(vm, new MultiChoiceModel(vm, type), messages);
    }

    @Override
    public Node text(TextType type) {
        return new TextInput(vm, new TextModel(vm), type.multiLine());
    }

    @Override
    public Node number(NumberType type) {
        return new NumberInput(vm, new NumberModel(vm, type), messages);
    }

    @Override
    public Node list(ListType type) {
        return new ListInput(vm, new ListModel(vm, type), messages);
    }
}
