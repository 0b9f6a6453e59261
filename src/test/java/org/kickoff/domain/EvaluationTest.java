package org.kickoff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;

class EvaluationTest {

    private final Questionnaire questionnaire = Fixtures.mini();
    private Project project = Project.create("P", questionnaire.ref(), Instant.EPOCH);

    private Evaluation evaluation() {
        return new Evaluation(questionnaire, project);
    }

    private void answer(String id, Value value) {
        project = project.withAnswer(id, Answer.answered(value));
    }

    @Test
    void followUpsAppearOnlyWhenTheirConditionHolds() {
        assertFalse(evaluation().isVisible("first.kubernetes"));
        answer("first.containers", new Value.YesNo(true));
        assertTrue(evaluation().isVisible("first.kubernetes"));
        assertFalse(evaluation().isVisible("first.which"));
        answer("first.kubernetes", new Value.YesNo(true));
        assertTrue(evaluation().isVisible("first.which"));
    }

    @Test
    void hidingAParentHidesTheWholeChainButKeepsTheAnswers() {
        answer("first.containers", new Value.YesNo(true));
        answer("first.kubernetes", new Value.YesNo(true));
        answer("first.which", new Value.Entries(List.of(Map.of("name", "api", "purpose", "REST"))));
        answer("first.containers", new Value.YesNo(false));

        Evaluation evaluation = evaluation();
        assertFalse(evaluation.isVisible("first.kubernetes"));
        assertFalse(evaluation.isVisible("first.which"), "a follow-up of a hidden question is hidden too");
        Topic first = questionnaire.topics().get(0);
        assertEquals(List.of("first.kubernetes", "first.which"),
                evaluation.hiddenWithAnswers(first).stream().map(Question::id).toList());
        assertTrue(project.answer("first.which").isPresent(), "hidden answers are kept");

        answer("first.containers", new Value.YesNo(true));
        assertTrue(evaluation().isVisible("first.which"), "and come back with their parent");
    }

    @Test
    void progressCountsOnlyQuestionsThatApply() {
        Topic first = questionnaire.topics().get(0);
        assertEquals(new Progress(0, 0, 0, 2), evaluation().progress(first));
        answer("first.containers", new Value.YesNo(true));
        project = project.withAnswer("first.kubernetes", Answer.open("Ana", null));
        project = project.withAnswer("first.pattern", Answer.notApplicable("prototype only"));
        assertEquals(new Progress(1, 1, 1, 3), evaluation().progress(first));
        Progress all = evaluation().progress();
        assertEquals(6, all.total(), "first: 3 of 4 apply; second: 3 of 4 (the ORM follows PostgreSQL)");
        assertEquals(2, all.done());
    }

    @Test
    void blankValuesDoNotCountAsAnswered() {
        answer("second.story", new Value.Text("   "));
        answer("second.volume", new Value.Amount(null, "gb"));
        assertEquals(0, evaluation().progress(questionnaire.topics().get(1)).answered());
    }

    @Test
    void emptyAnswersAreNotStoredButNotesAndOpenMarksAre() {
        project = project.withAnswer("second.story", Answer.EMPTY.withValue(new Value.Text("")));
        assertTrue(project.answers().isEmpty());
        project = project.withAnswer("second.story", Answer.EMPTY.withNote("ask the PO"));
        assertEquals("ask the PO", project.answerOrEmpty("second.story").note());
        project = project.withAnswer("second.volume", Answer.EMPTY.withStatus(AnswerStatus.OPEN));
        assertEquals(AnswerStatus.OPEN, project.answerOrEmpty("second.volume").status());
    }

    @Test
    void amountsCompareByValueNotByScale() {
        assertEquals(new Value.Amount(new BigDecimal("2.50"), "tb"), new Value.Amount(new BigDecimal("2.5"), "tb"));
        assertEquals(new Value.Amount(new BigDecimal("2.50"), "tb").hashCode(),
                new Value.Amount(new BigDecimal("2.5"), "tb").hashCode());
    }
}
