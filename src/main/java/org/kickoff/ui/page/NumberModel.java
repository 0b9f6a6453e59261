package org.kickoff.ui.page;

import java.math.BigDecimal;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kickoff.domain.Answer;
import org.kickoff.domain.NamedItem;
import org.kickoff.domain.NumberType;
import org.kickoff.domain.Parsed;
import org.kickoff.domain.Value;

/**
 * A number typed in the user's language, with its unit. The whole text is the number or nothing is: a
 * text that is no valid number (2,5 in English, 1e3, a number out of range) is kept as a draft and marked,
 * and no number is stored meanwhile, not even the part of it that would parse.
 */
public final class NumberModel {

    private final QuestionViewModel question;
    private final NumberType type;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private String unit;

    public NumberModel(QuestionViewModel question, NumberType type) {
        this.question = question;
        this.type = type;
        show();
        question.reloadsProperty().subscribe((o, n) -> show());
    }

    /** The text and its message as the answer now is (at first, and after an undo). */
    private void show() {
        String kept = question.draft(Answer.Draft.NUMBER);
        Value.Amount amount = question.valueProperty().get() instanceof Value.Amount a ? a : null;
        unit = amount != null && !amount.unit().isEmpty() ? amount.unit() : type.defaultUnit();
        if (kept != null) {
            Parsed<BigDecimal> parsed = type.parse(kept, question.messages().locale());
            // valid in this language, but typed in another: kept until the user confirms it by typing
            error.set(parsed.problemOptional().map(question.messages()::problemText)
                    .orElse(question.messages().get("value.draft.other-language")));
            text.set(kept);
        } else {
            error.set("");
            text.set(amount != null && amount.number() != null
                    ? NumberType.format(amount.number(), question.messages().locale()) : "");
        }
    }

    public NumberType type() {
        return type;
    }

    /** The text in the field: the number in the user's way, or what was typed. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** What is wrong with the typed text; empty when nothing is. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void enter(String typed) {
        text.set(typed);
        Parsed<BigDecimal> parsed = type.parse(typed, question.messages().locale());
        if (parsed.isValid()) {
            error.set("");
            question.setDraft(Answer.Draft.NUMBER, null);
            question.setValue(parsed.value() == null ? null : new Value.Amount(parsed.value(), unit));
        } else {
            error.set(question.messages().problemText(parsed.problem()));
            question.setDraft(Answer.Draft.NUMBER, typed);
            question.setValue(null);
        }
    }

    public List<NamedItem> units() {
        return type.units();
    }

    public String unit() {
        return unit;
    }

    public void chooseUnit(String unitId) {
        unit = unitId;
        if (question.valueProperty().get() instanceof Value.Amount amount && amount.number() != null) {
            question.setValue(new Value.Amount(amount.number(), unitId));
        }
    }
}
