package org.kickoff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionTest {

    private final Map<String, Answer> answers = new HashMap<>();
    private final Facts facts = id -> Optional.ofNullable(answers.get(id));

    private boolean eval(String source) throws ConditionException {
        return Condition.parse(source).test(facts);
    }

    @Test
    void yesNoEqualityAndNegation() throws Exception {
        answers.put("a.containers", Answer.answered(new Value.YesNo(true)));
        assertTrue(eval("a.containers == yes"));
        assertFalse(eval("a.containers == no"));
        assertTrue(eval("a.containers != no"));
        assertFalse(eval("not a.containers == yes"));
    }

    @Test
    void unansweredQuestionsSatisfyNoComparisonNotEvenInequality() throws Exception {
        assertFalse(eval("a.containers == yes"));
        assertFalse(eval("a.containers != yes"));
        assertTrue(eval("a.containers is unanswered"));
        assertFalse(eval("a.containers is answered"));
    }

    @Test
    void openAnswersCountAsUnansweredAndAsOpen() throws Exception {
        answers.put("a.x", new Answer(AnswerStatus.OPEN, new Value.YesNo(true), "Ana", null, "", "", null));
        assertTrue(eval("a.x is open"));
        assertTrue(eval("a.x is unanswered"));
        assertFalse(eval("a.x == yes"), "a draft value of an open question decides nothing");
    }

    @Test
    void notApplicableIsNeitherAnsweredNorUnanswered() throws Exception {
        answers.put("a.x", Answer.notApplicable("no mobile app"));
        assertTrue(eval("a.x is na"));
        assertFalse(eval("a.x is unanswered"));
        assertFalse(eval("a.x is answered"));
    }

    @Test
    void choicesNumbersAndCounts() throws Exception {
        answers.put("d.dbs", Answer.answered(new Value.Multi(List.of("postgresql", "redis"), "")));
        answers.put("d.pattern", Answer.answered(new Value.Single("hexagonal", "")));
        answers.put("d.volume", Answer.answered(new Value.Amount(new BigDecimal("2.5"), "tb")));
        answers.put("t.members", Answer.answered(new Value.Entries(List.of(Map.of("name", "A"), Map.of("name", "B")))));
        assertTrue(eval("d.dbs has 'redis'"));
        assertFalse(eval("d.dbs has 'mongodb'"));
        assertTrue(eval("d.dbs count == 2"));
        assertTrue(eval("d.pattern == 'hexagonal'"));
        assertTrue(eval("d.volume > 2 and d.volume <= 2.5"));
        assertTrue(eval("d.volume == 2.50"));
        assertTrue(eval("t.members count >= 2"));
        assertFalse(eval("t.members count > 2"));
    }

    @Test
    void precedenceIsNotThenAndThenOr() throws Exception {
        answers.put("a", Answer.answered(new Value.YesNo(true)));
        answers.put("b", Answer.answered(new Value.YesNo(false)));
        // or binds weaker than and: true or (false and false)
        assertTrue(eval("a == yes or b == yes and b == yes"));
        assertFalse(eval("(a == yes or b == yes) and b == yes"));
        assertTrue(eval("not (b == yes) and a == yes"));
    }

    @Test
    void sourceRoundTrips() throws Exception {
        String source = "a.x == yes and (b.y has 'z' or not c.n > 3) and d.l count >= 1 and e is na";
        Condition condition = Condition.parse(source);
        assertEquals(condition, Condition.parse(condition.source()));
        assertEquals(List.of("a.x", "b.y", "c.n", "d.l", "e"),
                condition.tests().stream().map(Condition.Test::questionId).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a.x ==                | condition.expected-value      | 7",
        "a.x = yes             | condition.unexpected          | 5",
        "a.x == yes and        | condition.expected-question   | 15",
        "(a.x == yes           | condition.expected-close      | 12",
        "a.x has postgresql    | condition.expected-string     | 9",
        "a.x is maybe          | condition.expected-status     | 8",
        "a.x == 'open          | condition.unclosed-string     | 8",
        "a.x > many            | condition.expected-number     | 7",
        "a.x == yes yes        | condition.unexpected          | 12",
        "a.x ; drop            | condition.unexpected          | 5",
        "and == yes            | condition.expected-question   | 1"})
    void syntaxErrorsSayWhatAndWhere(String source, String key, int column) {
        ConditionException e = assertThrows(ConditionException.class, () -> Condition.parse(source));
        assertEquals(key, e.key());
        assertEquals(column, e.position());
    }

    @Test
    void absurdInputIsRefusedNotRecursedInto() {
        String deep = "(".repeat(1500) + "a == yes" + ")".repeat(1500);
        ConditionException e = assertThrows(ConditionException.class, () -> Condition.parse(deep));
        assertEquals("condition.too-long", e.key());
        String nested = "not ".repeat(100) + "a == yes";
        assertEquals("condition.too-deep", assertThrows(ConditionException.class, () -> Condition.parse(nested)).key());
    }

    @Test
    void emptyConditionAlwaysHolds() throws Exception {
        assertTrue(eval(""));
        assertTrue(eval("   "));
    }
}
