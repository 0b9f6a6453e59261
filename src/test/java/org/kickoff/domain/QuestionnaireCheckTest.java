package org.kickoff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;

class QuestionnaireCheckTest {

    private static final LocalizedText TEXT = LocalizedText.of("Text", "Text");

    private static Question yesNo(String id, String visibleIf) throws ConditionException {
        return new Question(id, new YesNoType(), TEXT, TEXT, null, Condition.parse(visibleIf), null, null);
    }

    private static List<Problem> check(List<Topic> topics, List<RiskRule> risks) {
        return QuestionnaireCheck.check(new Questionnaire("q", "1", List.of("en", "de"), TEXT, TEXT, topics, risks));
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::key).toList();
    }

    @Test
    void theFixtureIsClean() {
        assertEquals(List.of(), QuestionnaireCheck.check(Fixtures.mini()));
    }

    @Test
    void duplicateIdsAreFoundWithTheirPath() throws Exception {
        List<Problem> problems = check(List.of(new Topic("t", TEXT, TEXT, List.of(yesNo("t.a", ""), yesNo("t.a", "")))),
                List.of());
        assertEquals(List.of(Problem.at("$.topics[0].questions[1].id", "questionnaire.duplicate-id", "t.a")), problems);
    }

    @Test
    void unknownQuestionsAndForwardReferencesAreFound() throws Exception {
        List<Problem> problems = check(List.of(
                new Topic("one", TEXT, TEXT, List.of(yesNo("one.a", "two.b == yes"), yesNo("one.c", "nope == yes")))
                , new Topic("two", TEXT, TEXT, List.of(yesNo("two.b", "")))), List.of());
        assertEquals(List.of("questionnaire.forward-reference", "questionnaire.unknown-question"), keys(problems));
        assertEquals("$.topics[0].questions[0].visibleIf", problems.get(0).location());
    }

    @Test
    void cyclesAreFoundAndNamed() throws Exception {
        List<Problem> problems = check(List.of(new Topic("t", TEXT, TEXT, List.of(
                yesNo("t.a", "t.c == yes"), yesNo("t.b", "t.a == yes"), yesNo("t.c", "t.b == yes")))), List.of());
        assertEquals(List.of("questionnaire.cycle"), keys(problems));
        assertEquals(List.of("t.a -> t.c -> t.b -> t.a"), problems.get(0).args());
    }

    @Test
    void missingTranslationsAndOptionReferencesAreFound() throws Exception {
        Question choice = new Question("t.db", new MultiChoiceType(List.of(new Choice("pg", TEXT, false)), false),
                new LocalizedText(java.util.Map.of("en", "DB?")), TEXT, List.of(Reference.twelveFactor("XIII")),
                Condition.ALWAYS, null, null);
        RiskRule rule = new RiskRule("r", RiskLevel.HIGH, Condition.parse("t.db has 'mongo'"), List.of("t.db"), null,
                TEXT, TEXT, TEXT);
        List<Problem> problems = check(List.of(new Topic("t", TEXT, TEXT, List.of(choice))), List.of(rule));
        assertEquals(List.of("questionnaire.missing-text", "questionnaire.bad-reference", "questionnaire.unknown-option"),
                keys(problems));
        assertEquals("$.topics[0].questions[0].references[0].item", problems.get(1).location());
        assertEquals(List.of("de"), problems.get(0).args());
    }

    @Test
    void testsMustFitTheQuestionType() throws Exception {
        List<Problem> problems = check(List.of(new Topic("t", TEXT, TEXT,
                List.of(yesNo("t.a", ""), yesNo("t.b", "t.a > 3")))), List.of());
        assertEquals(List.of("questionnaire.test-type"), keys(problems));
    }

    @Test
    void choiceAndListQuestionsNeedTheirParts() {
        List<Question> questions = new ArrayList<>();
        questions.add(Question.simple("t.single", new SingleChoiceType(List.of(), false), TEXT));
        questions.add(Question.simple("t.list", new ListType(List.of()), TEXT));
        List<Problem> problems = check(List.of(new Topic("t", TEXT, TEXT, questions)), List.of());
        assertTrue(keys(problems).containsAll(List.of("questionnaire.no-options", "questionnaire.no-columns")));
    }
}
