package org.kickoff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kickoff.Fixtures;

/**
 * Every risk rule of the built-in questionnaire against the table in {@code risk-scenarios.json}: answers that make
 * it fire, and near misses that look alike but must not. Each case starts from a baseline where no rule fires.
 */
class RiskRuleScenariosTest {

    private static final Questionnaire BUILT_IN = Fixtures.builtIn();
    private static final JsonNode TABLE = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Fixtures.resource("/risk-scenarios.json"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The table's short form of an answer as a value of the question's type; null for "no answer". */
    private static Value value(Question question, JsonNode json) {
        if (json.isNull()) {
            return null;
        }
        return question.type().accept(new QuestionType.Visitor<Value>() {
            @Override
            public Value yesNo(YesNoType type) {
                return new Value.YesNo(json.booleanValue());
            }

            @Override
            public Value single(SingleChoiceType type) {
                return new Value.Single(json.textValue(), "");
            }

            @Override
            public Value multi(MultiChoiceType type) {
                List<String> ids = new ArrayList<>();
                json.forEach(id -> ids.add(id.textValue()));
                return new Value.Multi(ids, "");
            }

            @Override
            public Value text(TextType type) {
                return new Value.Text(json.textValue());
            }

            @Override
            public Value number(NumberType type) {
                return new Value.Amount(json.decimalValue(), type.defaultUnit());
            }

            @Override
            public Value list(ListType type) {
                return new Value.Entries(IntStream.range(0, json.intValue())
                        .mapToObj(i -> Map.of(type.columns().get(0).id(), "entry " + (i + 1))).toList());
            }
        });
    }

    private static Project apply(Project project, JsonNode answers) {
        Iterator<Map.Entry<String, JsonNode>> fields = answers.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Question question = BUILT_IN.question(field.getKey())
                    .orElseThrow(() -> new AssertionError("the table names an unknown question " + field.getKey()));
            Value value = value(question, field.getValue());
            assertTrue(value == null || question.type().fits(value), field.getKey());
            project = project.withAnswer(question.id(), value == null ? null : Answer.answered(value));
        }
        return project;
    }

    private static Project baseline() {
        return apply(Project.create("Scenario", BUILT_IN.ref(), Instant.EPOCH), TABLE.get("baseline"));
    }

    private static List<String> firedRules(Project project) {
        return Risks.of(new Evaluation(BUILT_IN, project)).findings().stream()
                .filter(f -> f.kind() == RiskFinding.Kind.RULE).map(RiskFinding::id).toList();
    }

    @Test
    void theBaselineAnswersEveryQuestionItShowsAndFiresNoRule() {
        Project project = baseline();
        assertEquals(List.of(), firedRules(project));
        assertEquals(List.of(), Risks.of(new Evaluation(BUILT_IN, project)).findings().stream()
                .map(RiskFinding::id).toList(), "no unanswered question that carries a risk either");
    }

    @Test
    void everyRuleHasAScenarioThatFiresItAndANearMissThatDoesNot() {
        TreeSet<String> firing = new TreeSet<>();
        TreeSet<String> missing = new TreeSet<>();
        TABLE.get("scenarios").forEach(s -> {
            if (!s.get("fires").isEmpty()) {
                firing.add(s.get("rule").textValue());
            }
            if (!s.get("nearMisses").isEmpty()) {
                missing.add(s.get("rule").textValue());
            }
        });
        TreeSet<String> rules = new TreeSet<>(BUILT_IN.risks().stream().map(RiskRule::id).toList());
        assertEquals(rules, firing);
        assertEquals(rules, missing);
    }

    @TestFactory
    Stream<DynamicNode> eachRuleFiresInItsScenariosAndNotInItsNearMisses() {
        List<DynamicNode> rules = new ArrayList<>();
        TABLE.get("scenarios").forEach(scenario -> {
            String rule = scenario.get("rule").textValue();
            List<DynamicNode> cases = new ArrayList<>();
            int[] n = {0};
            scenario.get("fires").forEach(answers -> cases.add(dynamicTest("fires " + ++n[0], () -> {
                List<String> fired = firedRules(apply(baseline(), answers));
                assertTrue(fired.contains(rule), () -> rule + " should fire for " + answers + " but got " + fired);
            })));
            n[0] = 0;
            scenario.get("nearMisses").forEach(answers -> cases.add(dynamicTest("near miss " + ++n[0], () -> {
                List<String> fired = firedRules(apply(baseline(), answers));
                assertFalse(fired.contains(rule), () -> rule + " should not fire for " + answers);
            })));
            rules.add(DynamicContainer.dynamicContainer(rule, cases));
        });
        return rules.stream();
    }

    @Test
    void aScenarioFiresOnlyTheRulesItIsAbout() {
        // a scenario may set off related rules, but never more than a handful: the table stays readable
        TABLE.get("scenarios").forEach(scenario -> scenario.get("fires").forEach(answers -> {
            List<String> fired = firedRules(apply(baseline(), answers));
            assertTrue(fired.size() <= 3, () -> scenario.get("rule").textValue() + " sets off " + fired);
        }));
    }
}
