package org.kickoff.domain;

/** A question answered with yes or no. */
public record YesNoType() implements QuestionType<Value.YesNo> {

    public static final String NAME = "yesno";

    @Override
    public String fileName() {
        return NAME;
    }

    @Override
    public String labelKey() {
        return "type.yesno";
    }

    @Override
    public Class<Value.YesNo> valueClass() {
        return Value.YesNo.class;
    }

    @Override
    public void checkDefinition(String at, String questionId, DefinitionCheck check) {
        // nothing beyond what every question has
    }

    @Override
    public void checkValue(String at, Value.YesNo value, ProblemList problems) {
        // yes and no are both answers
    }

    @Override
    public boolean accepts(Condition.Test test) {
        return test instanceof Condition.StatusTest || test instanceof Condition.Equals eq && eq.literal() instanceof Boolean;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.yesNo(this);
    }
}
