package org.kickoff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;

class MergePlanTest {

    private final Questionnaire mini = Fixtures.mini();
    private final Project base = SampleProjects.base();

    /** Mine lacks two answers they have; both changed four others differently; one is equal but reordered. */
    private Project mine() {
        return base.withAnswer("first.which", null).withAnswer("second.orm", null)
                .withAnswer("first.containers", Answer.answered(new Value.YesNo(false)));
    }

    private Project theirs() {
        return base
                .withAnswer("second.databases", Answer.answered(new Value.Multi(List.of("redis", "postgresql"), "")))
                .withAnswer("first.kubernetes", Answer.answered(new Value.YesNo(true)))
                .withAnswer("first.pattern", Answer.answered(new Value.Single("hexagonal", "")))
                .withAnswer("second.volume", Answer.answered(new Value.Amount(new BigDecimal("3"), "tb")))
                .withAnswer("second.story", base.answerOrEmpty("second.story").withNote("from Luis"));
    }

    @Test
    void onlyTheirsIsTakenOverEqualStaysAndConflictsAreListedInQuestionnaireOrder() {
        MergePlan plan = MergePlan.between(mini, mine(), theirs());
        assertEquals(List.of("first.which", "second.orm"), plan.takenOver());
        assertEquals(List.of("first.containers", "first.kubernetes", "first.pattern", "second.volume", "second.story"),
                plan.conflicts().stream().map(MergePlan.Conflict::questionId).toList());
        MergePlan.Conflict kubernetes = plan.conflicts().get(1);
        assertEquals(Set.of(AnswerField.VALUE, AnswerField.STATUS, AnswerField.OWNER, AnswerField.DUE),
                kubernetes.fields());
        assertEquals(mine().answerOrEmpty("first.kubernetes"), kubernetes.mine());
        assertEquals(theirs().answerOrEmpty("first.kubernetes"), kubernetes.theirs());
        assertFalse(plan.isFullyResolved());
        assertEquals(5, plan.unresolved().size());
    }

    @Test
    void eachConflictIsDecidedAsChosenAndTheRestAllAtOnce() {
        MergePlan plan = MergePlan.between(mini, mine(), theirs());
        plan.resolve("first.containers", MergePlan.Resolution.THEIRS);
        plan.resolve("first.pattern", MergePlan.Resolution.MINE);
        plan.resolve("second.story", MergePlan.Resolution.BOTH_IN_NOTE);
        assertEquals(List.of("first.kubernetes", "second.volume"), plan.unresolved());
        plan.resolveAll(MergePlan.Resolution.THEIRS);
        assertEquals(MergePlan.Resolution.MINE, plan.resolution("first.pattern").orElseThrow(), "kept, not overridden");
        assertTrue(plan.isFullyResolved());

        Project merged = plan.apply(SampleProjects.WORDING);
        assertEquals(base.answerOrEmpty("first.containers"), merged.answerOrEmpty("first.containers"));
        assertEquals(theirs().answerOrEmpty("first.kubernetes"), merged.answerOrEmpty("first.kubernetes"));
        assertEquals(mine().answerOrEmpty("first.pattern"), merged.answerOrEmpty("first.pattern"));
        assertEquals(theirs().answerOrEmpty("second.volume"), merged.answerOrEmpty("second.volume"));
        assertEquals(base.answerOrEmpty("first.which"), merged.answerOrEmpty("first.which"), "taken over");
        assertEquals(base.answerOrEmpty("second.orm"), merged.answerOrEmpty("second.orm"), "taken over");
        Answer story = merged.answerOrEmpty("second.story");
        assertEquals(new Value.Text("Line one\nLine two"), story.value());
        assertEquals("workshop\n\nTHEIRS second.story " + new Value.Text("Line one\nLine two"), story.note(),
                "mine kept, theirs added to the note");
        assertEquals(base.answerOrEmpty("second.databases"), merged.answerOrEmpty("second.databases"),
                "equal answers stay as mine");
    }

    @Test
    void anUndecidedConflictBecomesAnOpenQuestionQuotingBoth() {
        MergePlan plan = MergePlan.between(mini, mine(), theirs());
        plan.resolve("first.containers", MergePlan.Resolution.MINE);
        plan.resolve("first.containers", null);
        Project merged = plan.apply(SampleProjects.WORDING);
        Answer containers = merged.answerOrEmpty("first.containers");
        assertEquals(AnswerStatus.OPEN, containers.status());
        assertEquals(new Value.YesNo(false), containers.value(), "my value is kept");
        assertEquals("CONFLICT first.containers mine=YesNo[yes=false]/ANSWERED theirs=YesNo[yes=true]/ANSWERED",
                containers.note());
        Answer volume = merged.answerOrEmpty("second.volume");
        assertEquals(AnswerStatus.OPEN, volume.status());
        assertTrue(volume.note().contains("number=3"), volume.note());
        assertEquals(List.of(), ProjectCheck.check(merged, mini), "still a valid project");
    }

    @Test
    void authorsJoinAndUnknownFieldsAreKept() {
        Project mine = mine().withUnknown(new UnknownFields(Map.of("a", "1")));
        Project theirs = theirs().withInfo(theirs().info().withAuthors(List.of("Luis", "Dana")).withName("Other"))
                .withUnknown(new UnknownFields(Map.of("a", "2", "b", "3")))
                .withChangedSinceAnswered(List.of("first.which", "second.story"));
        MergePlan plan = MergePlan.between(mini, mine, theirs);
        plan.resolveAll(MergePlan.Resolution.MINE);
        Project merged = plan.apply(SampleProjects.WORDING);
        assertEquals(List.of("Dana", "Luis"), merged.info().authors());
        assertEquals("Parcels", merged.info().name(), "my name stays");
        assertEquals(Map.of("a", "1", "b", "3"), merged.unknown().rawJsonByName());
        assertEquals(Set.of("first.which"), merged.changedSinceAnswered(),
                "their mark travels with the answer taken over, not with one I kept");
    }

    @Test
    void nothingToDoBetweenEqualProjects() {
        MergePlan plan = MergePlan.between(mini, base, base);
        assertFalse(plan.changesAnything());
        assertEquals(base, plan.apply(SampleProjects.WORDING));
        assertThrows(IllegalArgumentException.class, () -> plan.resolve("first.containers", MergePlan.Resolution.MINE));
    }
}
