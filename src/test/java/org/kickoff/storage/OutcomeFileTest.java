package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;
import org.kickoff.domain.Action;
import org.kickoff.domain.ActionState;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Milestone;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.RiskEntry;
import org.kickoff.domain.RiskState;
import org.kickoff.domain.UnknownFields;
import org.kickoff.domain.Value;

/** The register, actions and milestones in the file (format 1.3): round trips, compact milestones, older readers. */
class OutcomeFileTest {

    private final Questionnaire mini = Fixtures.mini();
    private final ProjectFiles files = new ProjectFiles();

    private Project withOutcome() {
        Project project = ProjectFileRoundTripTest.allTypes().withUnknown(UnknownFields.NONE);
        Milestone kickoff = Milestone.of("Kickoff workshop", Instant.parse("2026-11-20T16:00:00Z"), project);
        project = project.withMilestone(kickoff)
                .withAnswer("second.orm", Answer.answered(new Value.Text("SQLAlchemy")))
                .withRiskEntry("second.story", new RiskEntry(RiskState.ACCEPTED, "Luis", LocalDate.of(2027, 1, 15),
                        "Dana Fischer", "The pilot has no personal data", LocalDate.of(2027, 3, 31), "see the minutes",
                        new UnknownFields(Map.of("severity", "7"))))
                .withRiskEntry("k8s-without-containers", RiskEntry.NONE.withState(RiskState.MITIGATING))
                .withAction(new Action("a-7k2m", "Containerise the worker", "Luis", LocalDate.of(2026, 12, 20),
                        ActionState.OPEN, "k8s-without-containers", "", "", UnknownFields.NONE))
                .withAction(Action.create("a-9x1q", "Book the pen test", "Mira", null).withState(ActionState.DONE)
                        .withQuestion("second.story"));
        return project.withMilestone(Milestone.of("Architecture review", Instant.parse("2026-12-01T10:00:00Z"), project))
                .withAnswer("first.pattern", Answer.answered(new Value.Single("other", "Hexagonal")));
    }

    @Test
    void registerActionsAndMilestonesSurviveARoundTrip() throws Exception {
        Project project = withOutcome();
        byte[] bytes = files.toBytes(project, mini);
        Project read = new ProjectFileReader().read(bytes);
        assertEquals(project, read);
        assertEquals(new String(bytes, StandardCharsets.UTF_8), new String(files.toBytes(read, mini),
                StandardCharsets.UTF_8), "stable layout");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"formatVersion\": \"1.3\""));
        assertTrue(text.contains("\"until\": \"2027-03-31\""));
        assertEquals(2, read.milestones().size());
        assertEquals("SQLAlchemy", ((Value.Text) read.milestone("Architecture review").orElseThrow().answers()
                .get("second.orm").value()).text());
        assertEquals(org.kickoff.domain.AnswerStatus.NOT_APPLICABLE, read.milestone("Kickoff workshop").orElseThrow()
                .answers().get("second.orm").status(), "the older milestone has the older answer");
    }

    @Test
    void milestonesStoreOnlyWhatDiffersFromTheNextNewerState() throws Exception {
        Project project = withOutcome();
        JsonNode tree = new ObjectMapper().readTree(files.toBytes(project, mini));
        JsonNode newest = tree.get("milestones").get(1);
        assertEquals(List.of("first.pattern"), names(newest.get("answers")), "only the answer changed since");
        assertTrue(newest.has("basis"));
        JsonNode oldest = tree.get("milestones").get(0);
        assertEquals(List.of("second.orm"), names(oldest.get("answers")));
        assertEquals(2, oldest.get("register").size(), "both entries came later: null in the oldest");
        assertTrue(oldest.get("register").get("second.story").isNull());
    }

    @Test
    void tenMilestonesCostLittleMoreThanWhatChangedBetweenThem() throws Exception {
        Questionnaire builtIn = Fixtures.builtIn();
        Project example = new ProjectFileReader().read(Fixtures.resource("/examples/example.kickoff"));
        Project without = example.withMilestones(List.of());
        Project with = without;
        for (int i = 1; i <= 10; i++) {
            with = with.withMilestone(Milestone.of("Week " + i, Instant.parse("2026-11-01T10:00:00Z").plusSeconds(i * 604800L), with));
            String id = builtIn.questionIds().get(i);
            with = with.withAnswer(id, with.answerOrEmpty(id).withNote("changed in week " + i));
        }
        int none = files.toBytes(with.withMilestones(List.of()), builtIn).length;
        int ten = files.toBytes(with, builtIn).length;
        assertTrue(ten < none * 1.25, "ten milestones: " + ten + " bytes, none: " + none);
    }

    @Test
    void anOlderKickoffKeepsTheOutcomeAsUnknownFieldsAndAChangeItMakesIsNoticed() throws Exception {
        Project project = withOutcome();
        byte[] bytes = files.toBytes(project, mini);
        // a 1.2 Kickoff: keeps every field it does not know as it was, and writes the answers it edits
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(bytes);
        ObjectNode answers = (ObjectNode) tree.get("answers");
        ObjectNode story = (ObjectNode) answers.get("second.story");
        story.put("note", "edited by 1.2");
        byte[] older = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        ProjectFile read = new ProjectFileReader().readFile(older);
        assertEquals(project.register(), read.project().register());
        assertEquals(project.actions(), read.project().actions());
        assertEquals(2, read.project().milestones().size());
        assertTrue(read.milestonesInexact(), "the answers differ from what the newest milestone was computed against");
        assertFalse(new ProjectFileReader().readFile(bytes).milestonesInexact());
    }

    @Test
    void badOutcomeFieldsAreRefusedWithWhereAndWhat() {
        String base = "{\"format\":\"kickoff-project\",\"formatVersion\":\"1.3\",\"questionnaire\":{\"id\":\"mini\","
                + "\"version\":\"1.0.0\"},\"project\":{\"name\":\"P\"},\"answers\":{},";
        assertProblem(base + "\"register\":{\"x\":{\"state\":\"ignored\"}}}", "$.register.x.state", "project.unknown-risk-state");
        assertProblem(base + "\"register\":{\"x\":{\"state\":\"accepted\",\"until\":\"31.03.2027\"}}}",
                "$.register.x.until", "json.expected-date");
        assertProblem(base + "\"actions\":{\"a b\":{\"title\":\"t\"}}}", "$.actions['a b']", "project.bad-action-id");
        assertProblem(base + "\"actions\":{\"a\":{\"owner\":\"t\"}}}", "$.actions.a.title", "json.missing");
        assertProblem(base + "\"milestones\":[{\"name\":\"m\",\"at\":\"2026-11-20T16:00:00Z\"},"
                + "{\"name\":\"m\",\"at\":\"2026-11-21T16:00:00Z\"}]}", "$.milestones[0].name", "project.duplicate-milestone");
        assertProblem(base + "\"milestones\":[{\"name\":\"\",\"at\":\"2026-11-20T16:00:00Z\"}]}", "$.milestones[0].name",
                "project.bad-milestone-name");
        StringBuilder many = new StringBuilder(base + "\"milestones\":[");
        for (int i = 0; i < 101; i++) {
            many.append(i == 0 ? "" : ",").append("{\"name\":\"m").append(i).append("\",\"at\":\"2026-11-20T16:00:00Z\"}");
        }
        assertProblem(many + "]}", "$.milestones", "project.too-many-milestones");
    }

    private static void assertProblem(String json, String location, String key) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> new ProjectFileReader().read(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(location, e.first().location(), e.problems().toString());
        assertEquals(key, e.first().key());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
