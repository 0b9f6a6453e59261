package org.kickoff.ui.page;

import org.kickoff.domain.Value;

/** A free text, one line or several; an empty text is no answer. */
public final class TextModel {

    private final QuestionViewModel question;

    public TextModel(QuestionViewModel question) {
        this.question = question;
    }

    public void enter(String text) {
        question.setValue(text.isEmpty() ? null : new Value.Text(text));
    }

    public String text() {
        return question.valueProperty().get() instanceof Value.Text t ? t.text() : "";
    }
}
