package org.kickoff.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.Project;
import org.kickoff.domain.SampleProjects;
import org.kickoff.domain.Value;
import org.kickoff.storage.ProjectFiles;

/** kickoff diff, kickoff merge and kickoff validate on questionnaire files, as a user runs them. */
class SharingCliTest {

    private final ProjectFiles files = new ProjectFiles();

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path save(Path dir, String name, Project project) throws Exception {
        Path file = dir.resolve(name);
        files.save(file, project, Fixtures.mini());
        return file;
    }

    @Test
    void diffOfEqualProjectsSaysSoAndExitsZero(@TempDir Path dir) throws Exception {
        Path a = save(dir, "a.kickoff", SampleProjects.base());
        Path b = save(dir, "b.kickoff", SampleProjects.base().withAnswer("second.volume",
                Answer.answered(new Value.Amount(new BigDecimal("2.50"), "tb"))));
        CliRun run = run("diff", "--lang", "en", a.toString(), b.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("The two projects give the same answers."), run.out());
    }

    @Test
    void diffShowsEachDifferenceUnderItsTopicInWords(@TempDir Path dir) throws Exception {
        Project left = SampleProjects.base().withAnswer("second.orm", null);
        Project right = SampleProjects.base()
                .withAnswer("first.containers", Answer.answered(new Value.YesNo(false)).withNote("serverless"))
                .withAnswer("second.story", Answer.answered(new Value.Text("New story\nsecond line")));
        Path a = save(dir, "a.kickoff", left);
        Path b = save(dir, "b.kickoff", right.withInfo(right.info().withName("Parcels v2")));
        CliRun run = run("diff", "--lang", "en", a.toString(), b.toString());
        assertEquals(1, run.code(), run.err());
        String expected = String.join("\n",
                "Comparing " + a + " (-) with " + b + " (+)",
                "",
                "== Project ==",
                "Name",
                "  - Parcels",
                "  + Parcels v2",
                "",
                "== First ==",
                "Containers? (first.containers)",
                "  - Yes",
                "  + No; note: serverless",
                "",
                "== Second ==",
                "ORM? (second.orm)",
                "  - no answer",
                "  + not applicable; reason: raw SQL",
                "Story? (second.story)",
                "  - Line one",
                "    Line two; note: workshop",
                "  + New story",
                "    second line",
                "",
                "5 same, 2 changed, 0 only in a.kickoff, 1 only in b.kickoff",
                "");
        assertEquals(expected, run.out().replace(System.lineSeparator(), "\n"));
        assertFalse(run.out().contains("\u001b"), "no colour when not at a terminal");

        CliRun german = run("diff", "--lang", "de", a.toString(), b.toString());
        assertTrue(german.out().contains("== Erstes ==\nContainer? (first.containers)\n  - Ja\n  + Nein; Notiz: serverless"),
                german.out());
        assertTrue(german.out().contains("5 gleich, 2 geändert, 0 nur in a.kickoff, 1 nur in b.kickoff"), german.out());
    }

    @Test
    void colourOnlyAtATerminalAndNeverWithNoColor() {
        assertTrue(DiffCommand.useColour(Map.of(), true));
        assertFalse(DiffCommand.useColour(Map.of(), false));
        assertFalse(DiffCommand.useColour(Map.of("NO_COLOR", "1"), true));
        assertTrue(DiffCommand.useColour(Map.of("NO_COLOR", ""), true), "an empty NO_COLOR does not count");
        assertFalse(DiffCommand.useColour(Map.of("TERM", "dumb"), true));
    }

    @Test
    void aBadFileIsNamedInOneLineAndExitsTwo(@TempDir Path dir) throws Exception {
        Path a = save(dir, "a.kickoff", SampleProjects.base());
        Path broken = dir.resolve("broken.kickoff");
        Files.writeString(broken, "{\"format\": ");
        CliRun run = run("diff", "--lang", "en", a.toString(), broken.toString());
        assertEquals(2, run.code());
        assertEquals(broken + ": line 1, column 12: The file ends before the JSON document is complete.",
                run.err().strip());
        assertEquals(1, run.err().strip().split("\\R").length, run.err());
        CliRun missing = run("diff", "--lang", "de", a.toString(), dir.resolve("nope.kickoff").toString());
        assertEquals(2, missing.code());
        assertEquals(dir.resolve("nope.kickoff") + ": Die Datei existiert nicht.", missing.err().strip());
        assertEquals(2, run("diff", a.toString()).code(), "two files are needed");
    }

    @Test
    void mergeWritesTheMergedProjectToOursAndSaysWhatConflicts(@TempDir Path dir) throws Exception {
        Project base = SampleProjects.base();
        Path basePath = save(dir, "base.kickoff", base);
        Path ours = save(dir, "ours.kickoff", base.withAnswer("first.containers", Answer.answered(new Value.YesNo(false)))
                .withAnswer("second.story", Answer.answered(new Value.Text("ours"))));
        Path theirs = save(dir, "theirs.kickoff", base.withAnswer("second.orm", Answer.answered(new Value.Text("Django")))
                .withAnswer("second.story", Answer.answered(new Value.Text("theirs"))));
        CliRun run = run("merge", "--lang", "en", basePath.toString(), ours.toString(), theirs.toString());
        assertEquals(1, run.code(), run.err());
        assertEquals(ours + ": one question was answered differently on both sides; it is now an open question "
                + "whose note quotes both answers: second.story", run.err().strip());
        Project merged = files.open(ours);
        assertEquals(new Value.YesNo(false), merged.answerOrEmpty("first.containers").value());
        assertEquals(new Value.Text("Django"), merged.answerOrEmpty("second.orm").value());
        Answer story = merged.answerOrEmpty("second.story");
        assertEquals(AnswerStatus.OPEN, story.status());
        assertEquals("Merge conflict, still to decide: this branch answered \"ours\"; "
                + "the merged branch answered \"theirs\".", story.note());
        assertEquals(new Value.Text("ours"), story.value(), "our value stays in the open question");
        assertEquals(0, run("validate", ours.toString()).code(), "the merged file is valid");
    }

    @Test
    void mergeLeavesOursUntouchedWhenAFileCannotBeRead(@TempDir Path dir) throws Exception {
        Path base = save(dir, "base.kickoff", SampleProjects.base());
        Path ours = save(dir, "ours.kickoff", SampleProjects.base().withAnswer("second.orm", null));
        byte[] before = Files.readAllBytes(ours);
        Path theirs = dir.resolve("theirs.kickoff");
        Files.writeString(theirs, "{\"format\": \"kickoff-project\", \"formatVersion\": \"7.0\"}");
        CliRun run = run("merge", "--lang", "en", base.toString(), ours.toString(), theirs.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith(theirs + ": $.formatVersion: This project was saved by a newer Kickoff"),
                run.err());
        assertArrayEquals(before, Files.readAllBytes(ours));
    }

    @Test
    void mergeWithoutACommonAncestorTreatsEveryDifferenceAsAConflict(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("empty");
        Files.writeString(base, "");
        Path ours = save(dir, "ours.kickoff", SampleProjects.base());
        Path theirs = save(dir, "theirs.kickoff", SampleProjects.base()
                .withAnswer("first.containers", Answer.answered(new Value.YesNo(false)))
                .withAnswer("second.orm", null));
        CliRun run = run("merge", base.toString(), ours.toString(), theirs.toString());
        assertEquals(1, run.code(), run.err());
        Project merged = files.open(ours);
        assertEquals(AnswerStatus.OPEN, merged.answerOrEmpty("first.containers").status());
        assertEquals(AnswerStatus.NOT_APPLICABLE, merged.answerOrEmpty("second.orm").status(), "only ours has it");
    }

    @Test
    void validateExplainsTheThreeCommonMistakesInAQuestionnaire(@TempDir Path dir) throws Exception {
        String mini = new String(Fixtures.resource("/fixtures/mini-questionnaire.json"), StandardCharsets.UTF_8);
        Path unknown = dir.resolve("unknown.json");
        Files.writeString(unknown, mini.replace("\"visibleIf\": \"first.kubernetes == yes\"",
                "\"visibleIf\": \"first.kubernetis == yes\""));
        Path translation = dir.resolve("translation.json");
        Files.writeString(translation, mini.replace("\"text\": {\"en\": \"Kubernetes?\", \"de\": \"Kubernetes?\"}",
                "\"text\": {\"en\": \"Kubernetes?\"}"));
        Path cycle = dir.resolve("cycle.json");
        Files.writeString(cycle, mini.replace("{\"id\": \"first.containers\", \"type\": \"yesno\",",
                "{\"id\": \"first.containers\", \"type\": \"yesno\", \"visibleIf\": \"first.which is answered\","));
        CliRun run = run("validate", "--lang", "en", unknown.toString(), translation.toString(), cycle.toString());
        assertEquals(1, run.code());
        List<String> lines = run.err().strip().lines().toList();
        assertEquals(List.of(
                unknown + ": $.topics[0].questions[2].visibleIf: There is no question \"first.kubernetis\".",
                translation + ": $.topics[0].questions[1].text: The text in language \"de\" is missing.",
                cycle + ": $.topics: The conditions depend on each other in a circle: "
                        + "first.containers -> first.which -> first.kubernetes -> first.containers."), lines);
        CliRun german = run("validate", "--lang", "de", translation.toString());
        assertTrue(german.err().contains("$.topics[0].questions[1].text: "), german.err());
        assertFalse(german.err().contains("missing"), german.err());
    }
}
