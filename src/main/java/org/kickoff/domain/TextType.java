package org.kickoff.domain;

/** A question answered in free text: one line, or several ({@code multiLine}, "longtext" in files). */
public record TextType(boolean multiLine) implements QuestionType<Value.Text> {

    public static final String SHORT = "text";
    public static final String LONG = "longtext";

    @Override
    public String fileName() {
        return multiLine ? LONG : SHORT;
    }

    @Override
    public String labelKey() {
        return multiLine ? "type.longtext" : "type.text";
    }

    @Override
    public Class<Value.Text> valueClass() {
        return Value.Text.class;
    }

    @Override
    public void checkDefinition(String at, String questionId, DefinitionCheck check) {
        // nothing beyond what every question has
    }

    @Override
    public void checkValue(String at, Value.Text value, ProblemList problems) {
        TextRule.check(value.text()).ifPresent(p -> problems.add(p.located(at + ".text")));
    }

    /** Only whether it is answered: a free text is no option to compare with. */
    @Override
    public boolean accepts(Condition.Test test) {
        return test instanceof Condition.StatusTest;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.text(this);
    }
}
