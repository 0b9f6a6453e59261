package org.kickoff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;

class QuestionnaireUpgradeTest {

    private final Questionnaire mini = Fixtures.mini();
    private final Questionnaire next = QuestionnaireVersions.miniNext();
    private final Project project = SampleProjects.base();

    @Test
    void changedRemovedAddedAndInvalidAnswersAreFound() {
        QuestionnaireUpgrade upgrade = QuestionnaireUpgrade.plan(mini, next, project);
        assertTrue(upgrade.knowsOldVersion());
        assertEquals(List.of("first.pattern", "second.databases", "second.volume"), upgrade.changed(),
                "reworded, an option removed, the type changed; a new guidance text is no change");
        assertEquals(List.of("second.orm"), upgrade.removed());
        assertEquals(List.of("second.cache"), upgrade.added());
        assertEquals(List.of("second.databases", "second.volume"),
                upgrade.invalid().stream().map(QuestionnaireUpgrade.InvalidAnswer::questionId).toList());
        assertEquals("project.unknown-option", upgrade.invalid().get(0).problems().get(0).key());
        assertEquals(List.of("redis"), upgrade.invalid().get(0).problems().get(0).args());
        assertEquals("project.wrong-type", upgrade.invalid().get(1).problems().get(0).key());
        assertTrue(upgrade.hasFindings());
    }

    @Test
    void applyingKeepsEveryAnswerAndMarksTheChangedQuestions() {
        Project upgraded = QuestionnaireUpgrade.plan(mini, next, project.withChangedSinceAnswered(List.of("first.which")))
                .apply();
        assertEquals(next.ref(), upgraded.questionnaire());
        assertEquals(project.answers(), upgraded.answers(), "nothing dropped, nothing rewritten");
        assertEquals(Set.of("first.which", "first.pattern", "second.databases", "second.volume"),
                upgraded.changedSinceAnswered(), "earlier marks not yet confirmed stay");
        assertTrue(upgraded.isChangedSinceAnswered("first.pattern"));
        Project confirmed = upgraded.withChangeConfirmed("first.pattern");
        assertFalse(confirmed.isChangedSinceAnswered("first.pattern"));
        assertEquals(upgraded.answers(), confirmed.answers());
    }

    @Test
    void unansweredQuestionsAreNotMarked() {
        Project sparse = project.withAnswer("first.pattern", null);
        assertFalse(QuestionnaireUpgrade.plan(mini, next, sparse).changed().contains("first.pattern"));
    }

    @Test
    void withoutTheOldVersionRemovedAndInvalidAnswersAreStillFound() {
        QuestionnaireUpgrade upgrade = QuestionnaireUpgrade.planWithoutOld(next, project);
        assertFalse(upgrade.knowsOldVersion());
        assertEquals(List.of(), upgrade.changed());
        assertEquals(List.of(), upgrade.added());
        assertEquals(List.of("second.orm"), upgrade.removed());
        assertEquals(2, upgrade.invalid().size());
    }

    @Test
    void theSameVersionHasNothingToSay() {
        QuestionnaireUpgrade upgrade = QuestionnaireUpgrade.plan(mini, mini, project);
        assertFalse(upgrade.hasFindings());
        assertEquals(project, upgrade.apply());
    }

    @Test
    void anotherQuestionnaireIsNoUpgrade() {
        assertThrows(IllegalArgumentException.class, () -> QuestionnaireUpgrade.plan(Fixtures.builtIn(), next, project));
    }
}
