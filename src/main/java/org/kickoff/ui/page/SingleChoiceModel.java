package org.kickoff.ui.page;

import java.util.Optional;
import org.kickoff.domain.Question;
import org.kickoff.domain.SingleChoiceType;
import org.kickoff.domain.Value;

/** One option, or "other" with a text; typing an "other" text chooses "other". */
public final class SingleChoiceModel {

    private final QuestionViewModel question;
    private final SingleChoiceType type;

    public SingleChoiceModel(QuestionViewModel question, SingleChoiceType type) {
        this.question = question;
        this.type = type;
    }

    public SingleChoiceType type() {
        return type;
    }

    /** Chooses an option ({@code null} clears the choice); the text of "other" is kept for later. */
    public void choose(String optionId) {
        question.setValue(optionId == null ? null : new Value.Single(optionId, otherText()));
    }

    public Optional<String> selected() {
        return question.valueProperty().get() instanceof Value.Single s && s.optionId() != null
                && !s.optionId().isEmpty() ? Optional.of(s.optionId()) : Optional.empty();
    }

    public String otherText() {
        return question.valueProperty().get() instanceof Value.Single s ? s.other() : "";
    }

    /** Typing an "other" text chooses "other"; clearing the text leaves "other" chosen, as the button shows. */
    public void enterOther(String text) {
        question.setValue(new Value.Single(Question.OTHER, text));
    }
}
