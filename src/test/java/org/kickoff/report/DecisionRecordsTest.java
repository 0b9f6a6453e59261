package org.kickoff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Project;
import org.kickoff.domain.Value;
import org.kickoff.i18n.Messages;

/**
 * Decision records against golden files, and a second run: it updates what it wrote, supersedes a changed
 * decision on both sides, never writes over a file someone edited, and continues the numbers in the folder.
 * {@code -Dkickoff.updateGolden=true} rewrites the golden files after an intended change; review the diff.
 */
class DecisionRecordsTest {

    private static DecisionRecords.Result write(Project project, DecisionRecords.Form form, Path folder) throws Exception {
        return new DecisionRecords(form, Messages.forLanguage("en"))
                .write(OutcomeExportTest.summary(project, "en"), folder);
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(DecisionRecords.Form.class)
    void theExampleGivesTheGoldenRecords(DecisionRecords.Form form, @TempDir Path dir) throws Exception {
        DecisionRecords.Result result = write(ReportFixtures.example(), form, dir);
        assertEquals(20, result.written().size(), "19 decisions and the index");
        Path golden = Path.of("src/test/resources/golden/adr", form.name().toLowerCase());
        if (Boolean.getBoolean("kickoff.updateGolden")) {
            Files.createDirectories(golden);
            for (Path old : files(golden)) {
                Files.delete(old);
            }
            for (Path file : files(dir)) {
                Files.copy(file, golden.resolve(file.getFileName()));
            }
        }
        assertEquals(files(golden).stream().map(p -> p.getFileName().toString()).toList(),
                files(dir).stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : files(dir)) {
            assertEquals(Files.readString(golden.resolve(file.getFileName())), Files.readString(file),
                    file.getFileName().toString());
        }
    }

    @Test
    void germanRecordsHaveGermanHeadingsAndTheToolsMetadataAsItIs(@TempDir Path dir) throws Exception {
        new DecisionRecords(DecisionRecords.Form.MADR, Messages.forLanguage("de"))
                .write(OutcomeExportTest.summary(ReportFixtures.example(), "de"), dir);
        String record = Files.readString(files(dir).get(0), StandardCharsets.UTF_8);
        for (String heading : List.of("## Kontext und Problemstellung", "## Entscheidung",
                "## Weitere Informationen")) {
            assertTrue(record.contains("\n" + heading + "\n"), heading + " in\n" + record);
        }
        for (String english : List.of("Context and Problem Statement", "Decision Outcome", "More Information")) {
            assertTrue(!record.contains(english), english + " in\n" + record);
        }
        assertTrue(record.startsWith("---\nstatus: \"accepted\"\n"), "MADR's status is a value tools read: " + record);
    }

    @Test
    void aSecondRunUpdatesItsOwnFilesSupersedesAChangedDecisionAndLeavesEditedOnes(@TempDir Path dir) throws Exception {
        Project project = ReportFixtures.example();
        write(project, DecisionRecords.Form.MADR, dir);
        Files.writeString(dir.resolve("0020-a-record-written-by-hand.md"), "# Use trunk-based development\n");
        Path databases = dir.resolve("0013-databases.md");
        Files.writeString(databases, Files.readString(databases).replace("## Decision Outcome",
                "## Decision Drivers\n\n* Our ops team knows PostgreSQL\n\n## Decision Outcome"));
        DecisionRecords.Result again = write(project, DecisionRecords.Form.MADR, dir);
        assertEquals(List.of(), again.written());
        assertEquals(List.of(databases), again.leftEdited(), "the edited file is left and named");
        assertTrue(Files.readString(databases).contains("Our ops team knows PostgreSQL"));
        assertEquals(List.of(dir.resolve("index.md")), again.updated(), "the index lists the hand-written record");
        assertTrue(Files.readString(dir.resolve("index.md")).contains("[ADR-0020](0020-a-record-written-by-hand.md)"));

        Project changed = project.withAnswer("architecture.framework", Answer.answered(new Value.Single("django", ""))
                .withNote("the team knows its admin"));
        DecisionRecords.Result third = write(changed, DecisionRecords.Form.MADR, dir);
        Path newer = dir.resolve("0021-web-framework.md");
        assertEquals(List.of(newer, dir.resolve("index.md")).subList(0, 1), third.written().subList(0, 1),
                "after the highest number in the folder");
        String text = Files.readString(newer, StandardCharsets.UTF_8);
        assertTrue(text.contains("# Web framework: Django"), text);
        assertTrue(text.contains("Chosen option: \"Django / Django REST framework\", because the team knows its admin"), text);
        assertTrue(text.contains("Supersedes ADR-0005."), text);
        String older = Files.readString(dir.resolve("0005-web-framework.md"));
        assertTrue(older.startsWith("---\nstatus: \"superseded by ADR-0021\""), older);
        assertTrue(third.updated().contains(dir.resolve("0005-web-framework.md")));
        assertEquals(List.of(databases), third.leftEdited());

        // the superseded record is ours and unchanged: a fourth run touches nothing
        DecisionRecords.Result fourth = write(changed, DecisionRecords.Form.MADR, dir);
        assertEquals(List.of(), fourth.written());
        assertEquals(List.of(), fourth.updated());
    }

    @Test
    void twoBranchesThatTookTheSameNumberAreReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("0001-use-postgresql.md"), "# Use PostgreSQL\n");
        Files.writeString(dir.resolve("0001-use-kafka.md"), "# Use Kafka\n");
        DecisionRecords.Result result = write(ReportFixtures.example(), DecisionRecords.Form.LOG4BRAINS, dir);
        assertEquals(List.of("0001: 0001-use-kafka.md, 0001-use-postgresql.md"), result.duplicates());
        assertTrue(Files.exists(dir.resolve("0002-code-hosting.md")), "numbers continue after the highest");
        assertTrue(Files.readString(dir.resolve("0002-code-hosting.md")).startsWith("# Code hosting: "));
    }
}
