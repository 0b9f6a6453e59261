package org.kickoff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The register's states, their survival of answer changes, and what fails a gate. */
class RegisterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final String RULE = "public-without-auth";
    private final Questionnaire mini = questionnaire();
    private Project project = Project.create("P", mini.ref(), Instant.EPOCH);

    /** A public API, its authentication (a high risk while unanswered), a text, and one rule over the first two. */
    static Questionnaire questionnaire() {
        try {
            Question open = Question.simple("sec.public", new YesNoType(), LocalizedText.of("Public?", "Öffentlich?"));
            Question auth = new Question("sec.auth", new YesNoType(), LocalizedText.of("Auth?", "Auth?"),
                    LocalizedText.EMPTY, null, Condition.ALWAYS, LocalizedText.EMPTY, RiskLevel.HIGH);
            Question notes = new Question("sec.notes", new TextType(false), LocalizedText.of("Notes?", "Notizen?"),
                    LocalizedText.EMPTY, null, Condition.ALWAYS, LocalizedText.EMPTY, RiskLevel.MEDIUM);
            RiskRule rule = new RiskRule(RULE, RiskLevel.HIGH, Condition.parse("sec.public == yes and sec.auth == no"),
                    List.of("sec.public", "sec.auth"), List.of(), LocalizedText.of("Public without auth", "Offen"),
                    LocalizedText.of("why", "warum"), LocalizedText.of("do", "tun"));
            return new Questionnaire("t", "1", List.of("en", "de"), LocalizedText.of("T", "T"), LocalizedText.EMPTY,
                    List.of(new Topic("sec", LocalizedText.of("Security", "Sicherheit"), LocalizedText.EMPTY,
                            List.of(open, auth, notes))), List.of(rule));
        } catch (ConditionException e) {
            throw new IllegalStateException(e);
        }
    }

    private Register register() {
        return Register.of(new Evaluation(mini, project), project, TODAY);
    }

    private void kubernetesWithoutContainers(boolean risky) {
        project = project.withAnswer("sec.public", Answer.answered(new Value.YesNo(true)))
                .withAnswer("sec.auth", Answer.answered(new Value.YesNo(!risky)));
    }

    @Test
    void aFindingWithoutAnEntryIsOpenAndFailsTheGate() {
        kubernetesWithoutContainers(true);
        RiskItem item = register().item(RULE).orElseThrow();
        assertEquals(RiskStatus.OPEN, item.status());
        assertEquals(RiskLevel.HIGH, item.level());
        assertEquals(List.of("sec.public", "sec.auth"), item.questionIds());
        assertEquals(List.of(RULE), register().unaddressed(RiskLevel.HIGH).stream().map(RiskItem::id).toList());
        assertTrue(register().needingDecision().stream().anyMatch(i -> i.id().equals(RULE)));
    }

    @Test
    void acceptedAndResolvedAddressAFindingButMitigatingDoesNot() {
        kubernetesWithoutContainers(true);
        project = project.withRiskEntry(RULE, RiskEntry.NONE.accept("Dana", "pilot only", LocalDate.of(2027, 3, 31)));
        assertEquals(RiskStatus.ACCEPTED, register().item(RULE).orElseThrow().status());
        assertEquals(List.of(), register().unaddressed(RiskLevel.LOW).stream().map(RiskItem::id)
                .filter(RULE::equals).toList());
        project = project.withRiskEntry(RULE, project.riskEntry(RULE).withState(RiskState.MITIGATING));
        assertEquals(RiskStatus.MITIGATING, register().item(RULE).orElseThrow().status());
        assertFalse(register().unaddressed(RiskLevel.HIGH).isEmpty(), "mitigation under way is not yet addressed");
        assertFalse(register().needingDecision().stream().anyMatch(i -> i.id().equals(RULE)),
                "but the meeting need not decide it again");
        project = project.withRiskEntry(RULE, project.riskEntry(RULE).withState(RiskState.RESOLVED));
        assertTrue(register().unaddressed(RiskLevel.HIGH).isEmpty());
    }

    @Test
    void anAcceptanceThatRanOutReopensTheFinding() {
        kubernetesWithoutContainers(true);
        project = project.withRiskEntry(RULE, RiskEntry.NONE.accept("Dana", "pilot", LocalDate.of(2026, 11, 28)));
        RiskItem item = register().item(RULE).orElseThrow();
        assertEquals(RiskStatus.EXPIRED, item.status());
        assertTrue(item.isUnaddressed());
        assertEquals(RiskStatus.ACCEPTED, Register.of(new Evaluation(mini, project), project,
                LocalDate.of(2026, 11, 28)).item(RULE).orElseThrow().status(), "valid on its last day");
        project = project.withRiskEntry(RULE, project.riskEntry(RULE).accept("Dana", "pilot", null));
        assertEquals(RiskStatus.ACCEPTED, register().item(RULE).orElseThrow().status(), "no end date: no expiry");
    }

    @Test
    void anEntrySurvivesTheAnswersThatMadeItsFindingGoAndAppliesAgainWhenItComesBack() {
        kubernetesWithoutContainers(true);
        RiskEntry accepted = RiskEntry.NONE.accept("Dana", "pilot only", null).withOwner("Luis");
        project = project.withRiskEntry(RULE, accepted);
        kubernetesWithoutContainers(false);
        RiskItem gone = register().item(RULE).orElseThrow();
        assertTrue(gone.gone(), "shown as gone, not forgotten");
        assertEquals(accepted, gone.entry());
        assertEquals(RiskLevel.HIGH, gone.level(), "its level from the questionnaire's rule");
        assertEquals(List.of(), register().unaddressed(RiskLevel.LOW).stream().filter(RiskItem::gone).toList());
        assertEquals(accepted, project.riskEntry(RULE), "the entry is kept in the project");
        kubernetesWithoutContainers(true);
        RiskItem back = register().item(RULE).orElseThrow();
        assertFalse(back.gone());
        assertEquals(RiskStatus.ACCEPTED, back.status());
    }

    @Test
    void anUnansweredRiskQuestionIsAFindingByItsQuestionId() {
        project = project.withAnswer("sec.auth", Answer.answered(new Value.YesNo(true)));
        RiskItem item = register().item("sec.notes").orElseThrow();
        assertEquals(RiskLevel.MEDIUM, item.level());
        assertEquals(List.of("sec.notes"), register().forQuestion("sec.notes").stream().map(RiskItem::id).toList());
        assertTrue(register().unaddressed(RiskLevel.HIGH).isEmpty(), "medium is below high");
        assertEquals(1, register().unaddressed(RiskLevel.MEDIUM).size());
        project = project.withRiskEntry("sec.notes", RiskEntry.NONE.accept("Dana", "later", null))
                .withAnswer("sec.notes", Answer.answered(new Value.Text("done")));
        assertTrue(register().item("sec.notes").orElseThrow().gone(), "answered: gone, its acceptance kept");
    }

    @Test
    void anEntryThatDecidesNothingIsNotKept() {
        project = project.withRiskEntry(RULE, RiskEntry.NONE.withOwner("Dana"));
        assertEquals(1, project.register().size());
        project = project.withRiskEntry(RULE, project.riskEntry(RULE).withOwner(""));
        assertTrue(project.register().isEmpty());
    }

    @Test
    void thePlanListsActionsAndOpenQuestionsByDueDateWithTheOverdueMarked() {
        kubernetesWithoutContainers(true);
        project = project.withAction(Action.create("a-1", "Containerise the worker", "Luis", LocalDate.of(2026, 12, 20))
                        .withRisk(RULE))
                .withAction(Action.create("a-2", "Book the pen test", "Mira", LocalDate.of(2026, 11, 20)))
                .withAction(Action.create("a-3", "Write the ADRs", "Dana", null).withState(ActionState.DONE))
                .withAnswer("sec.notes", Answer.open("Dana", LocalDate.of(2026, 12, 1)));
        ActionPlan plan = ActionPlan.of(new Evaluation(mini, project), project, TODAY);
        assertEquals(List.of("a-2", "sec.notes", "a-1", "a-3"), plan.items().stream().map(PlanItem::id).toList());
        assertTrue(plan.items().get(0).overdue());
        assertFalse(plan.items().get(1).overdue());
        assertEquals(PlanItem.Kind.DECISION, plan.items().get(1).kind());
        assertEquals(List.of("sec.public", "sec.auth"), plan.items().get(2).questionIds(),
                "a mitigation links back to its finding's questions");
        assertEquals(1, plan.overdue());
        assertEquals(3, plan.pending().size());
    }

    @Test
    void peopleComeFromAuthorsOwnersAndTheNameColumnOfLists() {
        project = project.withInfo(project.info().withAuthors(List.of("Dana Fischer", "luis Ortega")))
                .withAnswer("first.which", Answer.answered(new Value.Entries(List.of(
                        java.util.Map.of("name", "api", "purpose", "REST")))))
                .withAnswer("sec.notes", Answer.open("Mira Yilmaz", null))
                .withAction(Action.create("a-1", "x", "Dana Fischer", null));
        assertEquals(List.of("api", "Dana Fischer", "luis Ortega", "Mira Yilmaz"), People.of(project));
    }

    @Test
    void oneEvaluationServesEveryBadgeYetFollowsTheEntriesAndTheDay() {
        kubernetesWithoutContainers(true);
        Evaluation evaluation = new Evaluation(mini, project);
        Register first = Register.of(evaluation, project, TODAY);
        assertTrue(first == Register.of(evaluation, project, TODAY), "the same entries on the same day: computed once");
        assertEquals(List.of(RULE), first.forQuestion("sec.public").stream().map(RiskItem::id).toList());
        assertEquals(List.of(RULE), first.forQuestion("sec.auth").stream().map(RiskItem::id).toList(),
                "the rule behind both questions (auth is answered, so no finding of its own)");
        assertEquals(List.of(), first.forQuestion("sec.nothing"));

        // the register changes, the answers do not: the same evaluation gives the new state
        project = project.withRiskEntry(RULE, RiskEntry.NONE.accept("Dana", "pilot", LocalDate.of(2026, 12, 31)));
        Register accepted = Register.of(evaluation, project, TODAY);
        assertEquals(RiskStatus.ACCEPTED, accepted.forQuestion("sec.public").get(0).status());
        // and a later day, on which the acceptance has run out
        Register later = Register.of(evaluation, project, LocalDate.of(2027, 1, 2));
        assertTrue(later.forQuestion("sec.public").get(0).status().needsDecision(), "expired: "
                + later.forQuestion("sec.public").get(0).status());
        for (Register register : List.of(first, accepted, later)) {
            for (String question : List.of("sec.public", "sec.auth", "sec.notes")) {
                assertEquals(register.current().stream().filter(item -> item.questionIds().contains(question)).toList(),
                        register.forQuestion(question), "the index says what a search of the items says");
            }
        }
    }
}
