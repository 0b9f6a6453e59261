package org.kickoff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RisksTest {

    private static Question question(String id, String visibleIf, RiskLevel riskIfUnanswered, String... options) {
        QuestionType<?> type = options.length == 0 ? new YesNoType() : new SingleChoiceType(java.util.Arrays
                .stream(options).map(o -> new Choice(o, LocalizedText.of(o, o), false)).toList(), false);
        try {
            return new Question(id, type, LocalizedText.of(id + "?", id + "?"), LocalizedText.EMPTY, null,
                    Condition.parse(visibleIf), LocalizedText.EMPTY, riskIfUnanswered);
        } catch (ConditionException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static RiskRule rule(String id, RiskLevel level, String when, String... questions) {
        try {
            return new RiskRule(id, level, Condition.parse(when), List.of(questions), List.of(Reference.twelveFactor("IV")),
                    LocalizedText.of(id, id), LocalizedText.of("why", "warum"), LocalizedText.of("do", "tun"));
        } catch (ConditionException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private final Questionnaire questionnaire = new Questionnaire("t", "1", List.of("en", "de"),
            LocalizedText.of("T", "T"), LocalizedText.EMPTY, List.of(
            new Topic("sec", LocalizedText.of("Security", "Sicherheit"), LocalizedText.EMPTY, List.of(
                    question("sec.public", "", null),
                    question("sec.auth", "", RiskLevel.HIGH),
                    question("sec.creds", "", RiskLevel.MEDIUM))),
            new Topic("ops", LocalizedText.of("Operations", "Betrieb"), LocalizedText.EMPTY, List.of(
                    question("ops.backup", "", RiskLevel.HIGH, "none", "daily"),
                    question("ops.restore", "ops.backup != 'none'", RiskLevel.LOW)))),
            List.of(rule("no-backup", RiskLevel.HIGH, "ops.backup == 'none'", "ops.backup"),
                    rule("restore-untested", RiskLevel.MEDIUM, "ops.restore == no", "ops.restore", "ops.backup"),
                    rule("public-without-auth", RiskLevel.HIGH, "sec.public == yes and sec.auth == no",
                            "sec.public", "sec.auth")));

    private Project project = Project.create("P", questionnaire.ref(), Instant.EPOCH);

    private void answer(String id, Value value) {
        project = project.withAnswer(id, Answer.answered(value));
    }

    private void answerAllSafely() {
        answer("sec.public", new Value.YesNo(true));
        answer("sec.auth", new Value.YesNo(true));
        answer("sec.creds", new Value.YesNo(true));
        answer("ops.backup", new Value.Single("daily", ""));
        answer("ops.restore", new Value.YesNo(true));
    }

    private Risks risks() {
        return Risks.of(new Evaluation(questionnaire, project));
    }

    private List<String> ids() {
        return risks().findings().stream().map(RiskFinding::id).toList();
    }

    @Test
    void safeAnswersGiveNoFindings() {
        answerAllSafely();
        assertEquals(List.of(), ids());
    }

    @Test
    void aSingleQuestionRuleFiresOnItsAnswerAndLinksItsQuestion() {
        answerAllSafely();
        answer("ops.backup", new Value.Single("none", ""));
        RiskFinding finding = risks().findings().get(0);
        assertEquals(List.of("no-backup"), ids(), "restore is hidden now, so its rule cannot fire");
        assertEquals(RiskFinding.Kind.RULE, finding.kind());
        assertEquals(RiskLevel.HIGH, finding.level());
        assertEquals("ops", finding.topicId());
        assertEquals(List.of("ops.backup"), finding.questionIds());
        assertEquals("warum", finding.explanation().in("de"));
        assertEquals(List.of(Reference.twelveFactor("IV")), finding.references());
    }

    @Test
    void aRuleOverSeveralQuestionsCatchesAnswersThatContradictEachOther() {
        answerAllSafely();
        answer("sec.auth", new Value.YesNo(false));
        assertEquals(List.of("public-without-auth"), ids());
        assertEquals(List.of("sec.public", "sec.auth"), risks().findings().get(0).questionIds());
        answer("sec.public", new Value.YesNo(false));
        assertEquals(List.of(), ids(), "no public API, no contradiction");
    }

    @Test
    void unansweredRiskQuestionsAreFindingsOrderedByLevelThenTopicThenQuestion() {
        answer("ops.backup", new Value.Single("daily", ""));
        // sec.auth (high), sec.creds (medium) and ops.restore (low) are unanswered; sec.public has no risk
        assertEquals(List.of("sec.auth", "sec.creds", "ops.restore"), ids());
        assertTrue(risks().findings().stream().allMatch(f -> f.kind() == RiskFinding.Kind.UNANSWERED
                && f.status() == AnswerStatus.UNANSWERED && f.title().isEmpty()));
        answer("ops.restore", new Value.YesNo(false));
        answer("ops.backup", new Value.Single("none", ""));
        // high before medium; within high, topic sec before ops
        assertEquals(List.of("sec.auth", "no-backup", "sec.creds"), ids());
    }

    @Test
    void anOpenQuestionCountsAsUnansweredButNotApplicableDoesNot() {
        answerAllSafely();
        project = project.withAnswer("sec.auth", Answer.open("Luis", LocalDate.of(2026, 12, 15)));
        RiskFinding finding = risks().findings().get(0);
        assertEquals(List.of("sec.auth"), ids());
        assertEquals(AnswerStatus.OPEN, finding.status());
        project = project.withAnswer("sec.auth", Answer.notApplicable("No users"));
        assertEquals(List.of(), ids());
    }

    @Test
    void aHiddenQuestionCountsAsUnansweredInRulesAndIsNoUnansweredFinding() {
        answerAllSafely();
        answer("ops.restore", new Value.YesNo(false));
        assertEquals(List.of("restore-untested"), ids());
        answer("ops.backup", new Value.Single("none", ""));
        // ops.restore is now hidden: its kept "no" no longer counts
        assertEquals(List.of("no-backup"), ids());
    }

    @Test
    void countsPerTopicAndLevel() {
        answer("ops.backup", new Value.Single("none", ""));
        Risks risks = risks();
        assertEquals(2, risks.count(RiskLevel.HIGH));
        assertEquals(Map.of(RiskLevel.HIGH, 1, RiskLevel.MEDIUM, 1, RiskLevel.LOW, 0), risks.countsByTopic().get("sec"));
        assertEquals(Map.of(RiskLevel.HIGH, 1, RiskLevel.MEDIUM, 0, RiskLevel.LOW, 0), risks.countsByTopic().get("ops"));
        assertEquals(List.of("sec", "ops"), List.copyOf(risks.countsByTopic().keySet()));
    }
}
