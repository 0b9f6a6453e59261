package org.kickoff.ui.page;

import org.kickoff.domain.Value;

/** Yes or no; choosing neither clears the answer. */
public final class YesNoModel {

    private final QuestionViewModel question;

    public YesNoModel(QuestionViewModel question) {
        this.question = question;
    }

    /** {@code null} clears the answer. */
    public void answer(Boolean yes) {
        question.setValue(yes == null ? null : new Value.YesNo(yes));
    }

    /** The answer so far: yes, no, or {@code null}. */
    public Boolean current() {
        return question.valueProperty().get() instanceof Value.YesNo yesNo ? yesNo.yes() : null;
    }
}
