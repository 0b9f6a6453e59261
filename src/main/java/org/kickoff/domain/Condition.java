package org.kickoff.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A condition over answers, written in the small expression language described in the file formats
 * (e.g. {@code architecture.containers == yes and not data.orm has 'none'}). Parsed by
 * {@link ConditionParser}; nothing in a condition is ever executed.
 */
public sealed interface Condition {

    Condition ALWAYS = new Always();

    boolean test(Facts facts);

    /** The leaf tests, each naming one question. */
    List<Test> tests();

    /** The condition in its source syntax. */
    String source();

    static Condition parse(String source) throws ConditionException {
        return ConditionParser.parse(source);
    }

    /** A leaf of a condition: a test on one question's answer. */
    sealed interface Test extends Condition {
        String questionId();

        @Override
        default List<Test> tests() {
            return List.of(this);
        }
    }

    record Always() implements Condition {
        @Override
        public boolean test(Facts facts) {
            return true;
        }

        @Override
        public List<Test> tests() {
            return List.of();
        }

        @Override
        public String source() {
            return "";
        }
    }

    /** The tests of all parts, in order. */
    private static List<Test> testsOf(List<Condition> parts) {
        List<Test> all = new ArrayList<>();
        parts.forEach(p -> all.addAll(p.tests()));
        return all;
    }

    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(Facts facts) {
            return parts.stream().allMatch(p -> p.test(facts));
        }

        @Override
        public List<Test> tests() {
            return testsOf(parts);
        }

        @Override
        public String source() {
            return parts.stream().map(p -> p instanceof AnyOf ? "(" + p.source() + ")" : p.source())
                    .collect(Collectors.joining(" and "));
        }
    }

    record AnyOf(List<Condition> parts) implements Condition {
        public AnyOf {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(Facts facts) {
            return parts.stream().anyMatch(p -> p.test(facts));
        }

        @Override
        public List<Test> tests() {
            return testsOf(parts);
        }

        @Override
        public String source() {
            return parts.stream().map(Condition::source).collect(Collectors.joining(" or "));
        }
    }

    record Not(Condition part) implements Condition {
        @Override
        public boolean test(Facts facts) {
            return !part.test(facts);
        }

        @Override
        public List<Test> tests() {
            return part.tests();
        }

        @Override
        public String source() {
            return part instanceof Test ? "not " + part.source() : "not (" + part.source() + ")";
        }
    }

    enum StatusKind { ANSWERED, UNANSWERED, OPEN, NA }

    /** {@code id is answered|unanswered|open|na}. */
    record StatusTest(String questionId, StatusKind kind) implements Test {
        @Override
        public boolean test(Facts facts) {
            Optional<Answer> answer = facts.visibleAnswer(questionId);
            return switch (kind) {
                case ANSWERED -> answer.map(Answer::isAnswered).orElse(false);
                case UNANSWERED -> answer.map(a -> !a.isAnswered() && a.status() != AnswerStatus.NOT_APPLICABLE)
                        .orElse(true);
                case OPEN -> answer.map(a -> a.status() == AnswerStatus.OPEN).orElse(false);
                case NA -> answer.map(a -> a.status() == AnswerStatus.NOT_APPLICABLE).orElse(false);
            };
        }

        @Override
        public String source() {
            return questionId + " is " + kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code id == literal} or {@code id != literal}; the literal is a Boolean, an option id or a number. */
    record Equals(String questionId, Object literal, boolean negated) implements Test {
        @Override
        public boolean test(Facts facts) {
            Optional<Value> value = answeredValue(facts, questionId);
            if (value.isEmpty()) {
                return false;
            }
            boolean equal = value.get().matches(literal);
            return negated != equal;
        }

        @Override
        public String source() {
            String text = literal instanceof Boolean b ? (b ? "yes" : "no")
                    : literal instanceof String s ? "'" + s + "'" : ((BigDecimal) literal).toPlainString();
            return questionId + (negated ? " != " : " == ") + text;
        }
    }

    /** {@code id has 'option'}: the option is among the chosen ones. */
    record Has(String questionId, String optionId) implements Test {
        @Override
        public boolean test(Facts facts) {
            return answeredValue(facts, questionId).map(v -> v.hasChosen(optionId)).orElse(false);
        }

        @Override
        public String source() {
            return questionId + " has '" + optionId + "'";
        }
    }

    enum Comparison {
        LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">="), EQUAL("==");

        final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        boolean holds(int compareResult) {
            return switch (this) {
                case LESS -> compareResult < 0;
                case LESS_OR_EQUAL -> compareResult <= 0;
                case GREATER -> compareResult > 0;
                case GREATER_OR_EQUAL -> compareResult >= 0;
                case EQUAL -> compareResult == 0;
            };
        }
    }

    /** {@code id < number} and its siblings, on a number answer. */
    record Compare(String questionId, Comparison comparison, BigDecimal number) implements Test {
        @Override
        public boolean test(Facts facts) {
            return answeredValue(facts, questionId)
                    .filter(Value.Amount.class::isInstance)
                    .map(v -> comparison.holds(((Value.Amount) v).number().compareTo(number)))
                    .orElse(false);
        }

        @Override
        public String source() {
            return questionId + " " + comparison.symbol + " " + number.toPlainString();
        }
    }

    /** {@code id count > number}: the number of list entries or chosen options. */
    record Count(String questionId, Comparison comparison, BigDecimal number) implements Test {
        @Override
        public boolean test(Facts facts) {
            return answeredValue(facts, questionId).map(Value::count)
                    .filter(n -> n >= 0)
                    .map(n -> comparison.holds(BigDecimal.valueOf(n).compareTo(number)))
                    .orElse(false);
        }

        @Override
        public String source() {
            return questionId + " count " + comparison.symbol + " " + number.toPlainString();
        }
    }

    private static Optional<Value> answeredValue(Facts facts, String questionId) {
        return facts.visibleAnswer(questionId).filter(Answer::isAnswered).map(Answer::value);
    }
}
