package org.kickoff.ui.page;

import java.util.ArrayList;
import java.util.List;
import org.kickoff.domain.MultiChoiceType;
import org.kickoff.domain.Question;
import org.kickoff.domain.Value;

/** Any number of options (an exclusive "none" clears the rest), plus "other" with a text. */
public final class MultiChoiceModel {

    private final QuestionViewModel question;
    private final MultiChoiceType type;

    public MultiChoiceModel(QuestionViewModel question, MultiChoiceType type) {
        this.question = question;
        this.type = type;
    }

    public MultiChoiceType type() {
        return type;
    }

    /** Ticks or unticks an option; an exclusive one ("none") clears the others and the others clear it. */
    public void toggle(String optionId, boolean selected) {
        set(type.toggled(selected(), optionId, selected), otherText());
    }

    public List<String> selected() {
        return question.valueProperty().get() instanceof Value.Multi m ? m.optionIds() : List.of();
    }

    public String otherText() {
        return question.valueProperty().get() instanceof Value.Multi m ? m.other() : "";
    }

    /** Typing an "other" text ticks "other" (and unticks an exclusive option); clearing it unticks it. */
    public void enterOther(String text) {
        List<String> chosen = new ArrayList<>(selected());
        chosen.removeIf(type::isExclusive);
        if (text.isBlank()) {
            chosen.remove(Question.OTHER);
        } else if (!chosen.contains(Question.OTHER)) {
            chosen.add(Question.OTHER);
        }
        set(type.inOrder(chosen), text);
    }

    private void set(List<String> chosen, String other) {
        question.setValue(chosen.isEmpty() && other.isEmpty() ? null : new Value.Multi(chosen, other));
    }
}
