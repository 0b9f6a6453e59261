package org.kickoff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Milestone;
import org.kickoff.domain.Project;
import org.kickoff.domain.RiskEntry;
import org.kickoff.domain.RiskState;
import org.kickoff.domain.Value;
import org.kickoff.storage.ProjectFiles;

/** {@code kickoff risks} as a CI gate, and {@code kickoff diff --milestone}. */
class RisksGateTest {

    @TempDir
    Path dir;

    /** The mini project: its medium risk question "second.story" is left unanswered. */
    private Path save(Project project) throws Exception {
        Path file = dir.resolve("p" + System.nanoTime() + ".kickoff");
        new ProjectFiles().save(file, project, Fixtures.mini());
        return file;
    }

    private Project project() {
        return Project.create("Gate", Fixtures.mini().ref(), Instant.parse("2026-11-02T09:00:00Z"))
                .withAnswer("first.containers", Answer.answered(new Value.YesNo(true)));
    }

    @Test
    void exitsOneWhenAFindingAtOrAboveTheLevelIsUnaddressed() throws Exception {
        Path file = save(project());
        assertEquals(0, CliRun.of("risks", file.toString(), "--fail-on", "high").code(), "only a medium risk");
        CliRun medium = CliRun.of("risks", file.toString(), "--fail-on", "medium", "--lang", "en");
        assertEquals(1, medium.code());
        assertTrue(medium.err().contains("1 risk(s) of level medium or above"), medium.err());
        assertTrue(medium.out().contains("! medium"), medium.out());
        assertEquals(1, CliRun.of("risks", file.toString(), "--fail-on", "low").code());
        assertEquals(0, CliRun.of("risks", file.toString()).code(), "without --fail-on it only lists");
    }

    @Test
    void acceptedOrResolvedFindingsPassUnlessTheAcceptanceRanOut() throws Exception {
        Path accepted = save(project().withRiskEntry("second.story",
                RiskEntry.NONE.accept("Dana", "written after the workshop", LocalDate.of(9999, 12, 31))));
        assertEquals(0, CliRun.of("risks", accepted.toString(), "--fail-on", "low").code());
        Path resolved = save(project().withRiskEntry("second.story", RiskEntry.NONE.withState(RiskState.RESOLVED)));
        assertEquals(0, CliRun.of("risks", resolved.toString(), "--fail-on", "low").code());
        Path mitigating = save(project().withRiskEntry("second.story", RiskEntry.NONE.withState(RiskState.MITIGATING)));
        assertEquals(1, CliRun.of("risks", mitigating.toString(), "--fail-on", "low").code(),
                "being mitigated is not yet addressed");
        Path expired = save(project().withRiskEntry("second.story",
                RiskEntry.NONE.accept("Dana", "until the pilot", LocalDate.of(2001, 1, 1))));
        assertEquals(1, CliRun.of("risks", expired.toString(), "--fail-on", "medium").code());
    }

    @Test
    void exitsTwoWhenTheFileCannotBeRead() {
        CliRun run = CliRun.of("risks", dir.resolve("missing.kickoff").toString(), "--fail-on", "high");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("missing.kickoff"), run.err());
    }

    @Test
    void jsonListsIdLevelStateOwnerDueAndQuestions() throws Exception {
        Path file = save(project().withRiskEntry("second.story", RiskEntry.NONE.withOwner("Luis")
                .withDue(LocalDate.of(2026, 12, 15))));
        CliRun run = CliRun.of("risks", file.toString(), "--format", "json", "--fail-on", "medium");
        assertEquals(1, run.code());
        JsonNode rows = new ObjectMapper().readTree(run.out());
        JsonNode story = rows.get(0);
        assertEquals("second.story", story.get("id").asText());
        assertEquals("medium", story.get("level").asText());
        assertEquals("open", story.get("status").asText());
        assertEquals("Luis", story.get("owner").asText());
        assertEquals("2026-12-15", story.get("due").asText());
        assertEquals("second.story", story.get("questions").get(0).asText());
        assertTrue(story.get("failing").asBoolean());
    }

    @Test
    void diffWithAMilestoneComparesTheMilestoneWithTheFileAsItIs() throws Exception {
        Project start = project();
        Project later = start.withMilestone(Milestone.of("Kickoff workshop", Instant.parse("2026-11-20T16:00:00Z"), start))
                .withAnswer("first.pattern", Answer.answered(new Value.Single("layered", "")))
                .withRiskEntry("second.story", RiskEntry.NONE.withOwner("Luis"));
        Path file = save(later);
        CliRun run = CliRun.of("diff", file.toString(), "--milestone", "Kickoff workshop", "--lang", "en");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().startsWith("Comparing Kickoff workshop (-) with"), run.out());
        assertTrue(run.out().contains("first.pattern"), run.out());
        assertTrue(run.out().contains("== Risk register =="), run.out());
        assertTrue(run.out().contains("owner Luis"), run.out());
        CliRun unknown = CliRun.of("diff", file.toString(), "--milestone", "Nope", "--lang", "en");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("has no milestone \"Nope\". Its milestones: Kickoff workshop"), unknown.err());
        assertEquals(2, CliRun.of("diff", file.toString()).code(), "one file needs --milestone");
    }
}
