package org.kickoff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;

/** Diff and merge treat the register and the actions as they treat answers; milestones of both sides stay. */
class OutcomeMergeTest {

    private static final String RULE = "k8s-without-containers";
    private final Project base = SampleProjects.base();

    @Test
    void theDiffNamesRegisterEntriesAndActionsThatDiffer() {
        Project right = base.withRiskEntry(RULE, RiskEntry.NONE.accept("Dana", "pilot", null))
                .withAction(Action.create("a-1", "Book the pen test", "Mira", null));
        ProjectDiff diff = ProjectDiff.compare(Fixtures.mini(), base, right);
        assertFalse(diff.isEqual());
        assertEquals(1, diff.register().size());
        assertEquals(Set.of(OutcomeFields.Risk.STATE, OutcomeFields.Risk.ACCEPTANCE), diff.register().get(0).fields());
        assertEquals(RiskEntry.NONE, diff.register().get(0).left());
        assertTrue(diff.actions().get(0).left().isEmpty());
        assertEquals(0, diff.counts().differences(), "no answer differs");
        assertTrue(ProjectDiff.compare(Fixtures.mini(), right, right).isEqual());
    }

    @Test
    void eachSidesChangeToTheRegisterIsTakenAndAConflictReopensTheFinding() {
        Project start = base.withRiskEntry(RULE, RiskEntry.NONE.withOwner("Dana"))
                .withRiskEntry("other", RiskEntry.NONE.withOwner("Luis"));
        Project ours = start.withRiskEntry(RULE, start.riskEntry(RULE).withDue(LocalDate.of(2026, 12, 1)));
        Project theirs = start.withRiskEntry(RULE, start.riskEntry(RULE).accept("Mira", "pilot", null));
        ThreeWayMerge.Result clean = ThreeWayMerge.merge(start, ours, theirs, SampleProjects.WORDING);
        assertTrue(clean.isClean());
        RiskEntry merged = clean.merged().riskEntry(RULE);
        assertEquals(RiskState.ACCEPTED, merged.state());
        assertEquals(LocalDate.of(2026, 12, 1), merged.due());
        assertEquals("Mira", merged.acceptedBy());

        Project oursResolved = start.withRiskEntry(RULE, start.riskEntry(RULE).withState(RiskState.RESOLVED));
        ThreeWayMerge.Result conflict = ThreeWayMerge.merge(start, oursResolved, theirs, SampleProjects.WORDING);
        assertEquals(List.of(RULE), conflict.riskConflicts());
        assertFalse(conflict.isClean());
        RiskEntry reopened = conflict.merged().riskEntry(RULE);
        assertEquals(RiskState.OPEN, reopened.state(), "two different decisions are no decision yet");
        assertTrue(reopened.note().contains("RISK-CONFLICT " + RULE + " theirs=ACCEPTED/pilot"), reopened.note());
        assertEquals("Luis", conflict.merged().riskEntry("other").owner(), "untouched entries stay");
    }

    @Test
    void actionsAddedOnBothBranchesAreKeptAndARemovalIsTaken() {
        Action shared = Action.create("a-shared", "Write the ADRs", "Dana", null);
        Project start = base.withAction(shared).withAction(Action.create("a-old", "Old", "Luis", null));
        Project ours = start.withAction(Action.create("a-ours", "Ours", "Dana", null)).withoutAction("a-old")
                .withAction(shared.withState(ActionState.DONE));
        Project theirs = start.withAction(Action.create("a-theirs", "Theirs", "Mira", null))
                .withAction(shared.withOwner("Mira"));
        ThreeWayMerge.Result result = ThreeWayMerge.merge(start, ours, theirs, SampleProjects.WORDING);
        assertTrue(result.isClean());
        assertEquals(Set.of("a-shared", "a-ours", "a-theirs"), result.merged().actions().keySet());
        Action merged = result.merged().actions().get("a-shared");
        assertEquals(ActionState.DONE, merged.state());
        assertEquals("Mira", merged.owner());

        Project theirsRetitled = start.withAction(shared.withTitle("Write three ADRs"));
        Project oursRetitled = start.withAction(shared.withTitle("Write the ADR index"));
        ThreeWayMerge.Result conflict = ThreeWayMerge.merge(start, oursRetitled, theirsRetitled, SampleProjects.WORDING);
        assertEquals(List.of("a-shared"), conflict.actionConflicts());
        assertEquals("Write the ADR index", conflict.merged().actions().get("a-shared").title());
        assertTrue(conflict.merged().actions().get("a-shared").note().contains("Write three ADRs"));
    }

    @Test
    void bothSidesMilestonesAreKeptWithUniqueNames() {
        Milestone kickoff = Milestone.of("Kickoff", Instant.parse("2026-11-20T16:00:00Z"), base);
        Project start = base.withMilestone(kickoff);
        Project ours = start.withMilestone(Milestone.of("Review", Instant.parse("2026-12-01T10:00:00Z"), start));
        Project changed = start.withAnswer("second.orm", Answer.answered(new Value.Text("SQLAlchemy")));
        Project theirs = changed.withMilestone(Milestone.of("Review", Instant.parse("2026-11-30T10:00:00Z"), changed));
        ThreeWayMerge.Result result = ThreeWayMerge.merge(start, ours, theirs, SampleProjects.WORDING);
        assertEquals(List.of("Kickoff", "Review (2)", "Review"), result.merged().milestones().stream()
                .map(Milestone::name).toList(), "by time, theirs renamed where ours has the name");
        assertEquals("SQLAlchemy", ((Value.Text) result.merged().milestone("Review (2)").orElseThrow().answers()
                .get("second.orm").value()).text());

        MergePlan plan = MergePlan.between(Fixtures.mini(), ours, theirs);
        assertTrue(plan.changesAnything());
        assertEquals(3, plan.apply(SampleProjects.WORDING).milestones().size());
    }

    @Test
    void theWindowsMergeTakesOverTheirEntriesAndQuotesTheirDifferentDecisions() {
        Project mine = base.withRiskEntry(RULE, RiskEntry.NONE.withState(RiskState.RESOLVED))
                .withAction(Action.create("a-1", "Mine", "Dana", null));
        Project theirs = base.withRiskEntry(RULE, RiskEntry.NONE.accept("Mira", "pilot", null))
                .withRiskEntry("other", RiskEntry.NONE.withOwner("Luis"))
                .withAction(Action.create("a-1", "Theirs", "Mira", null))
                .withAction(Action.create("a-2", "Only theirs", "Mira", null));
        Project merged = MergePlan.between(Fixtures.mini(), mine, theirs).apply(SampleProjects.WORDING);
        assertEquals(RiskState.RESOLVED, merged.riskEntry(RULE).state());
        assertTrue(merged.riskEntry(RULE).note().contains("RISK-CONFLICT"));
        assertEquals("Luis", merged.riskEntry("other").owner());
        assertEquals("Mine", merged.actions().get("a-1").title());
        assertTrue(merged.actions().get("a-1").note().contains("ACTION-CONFLICT a-1 theirs=Theirs/Mira"));
        assertTrue(merged.actions().containsKey("a-2"));
    }

    @Test
    void theWindowsMergeSaysWhatItBringsIntoTheOutcome() {
        Milestone review = Milestone.of("Review", Instant.parse("2026-11-30T10:00:00Z"), base);
        Project mine = base.withRiskEntry(RULE, RiskEntry.NONE.withState(RiskState.RESOLVED))
                .withAction(Action.create("a-1", "Mine", "Dana", null))
                .withAction(Action.create("a-same", "Same", "Dana", null));
        Project theirs = base.withRiskEntry(RULE, RiskEntry.NONE.accept("Mira", "pilot", null))
                .withRiskEntry("other", RiskEntry.NONE.withOwner("Luis"))
                .withAction(Action.create("a-1", "Theirs", "Mira", null))
                .withAction(Action.create("a-same", "Same", "Dana", null))
                .withAction(Action.create("a-2", "Only theirs", "Mira", null))
                .withMilestone(review);
        MergePlan.OutcomeChanges changes = MergePlan.between(Fixtures.mini(), mine, theirs).outcomeChanges();
        assertEquals(List.of("other"), changes.risksTaken());
        assertEquals(List.of(RULE), changes.risksQuoted());
        assertEquals(List.of("a-2"), changes.actionsTaken());
        assertEquals(List.of("a-1"), changes.actionsQuoted(), "an action both have alike is no change");
        assertEquals(List.of("Review"), changes.milestonesAdded());
        assertFalse(changes.isEmpty());
    }

    @Test
    void theirOutcomeThatMineAlreadyHasChangesNothing() {
        Project theirs = base.withRiskEntry(RULE, RiskEntry.NONE.withOwner("Dana"))
                .withAction(Action.create("a-1", "Book the pen test", "Mira", null));
        Project mine = theirs.withRiskEntry("other", RiskEntry.NONE.withOwner("Luis"))
                .withAction(Action.create("a-2", "Mine only", "Luis", null));
        MergePlan plan = MergePlan.between(Fixtures.mini(), mine, theirs);
        assertTrue(plan.outcomeChanges().isEmpty());
        assertFalse(plan.changesAnything(), "theirs is part of mine: there is nothing to merge");
        assertEquals(mine, plan.apply(SampleProjects.WORDING));
    }
}
