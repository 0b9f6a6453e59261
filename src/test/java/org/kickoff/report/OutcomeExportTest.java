package org.kickoff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kickoff.Fixtures;
import org.kickoff.domain.Action;
import org.kickoff.domain.Project;
import org.kickoff.i18n.Messages;

/** The brief and the full record, the tracker exports parsed back, the gh script run against a fake gh. */
class OutcomeExportTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    static Summary summary(Project project, String language) {
        return Summary.of(Fixtures.builtIn(), project, Messages.forLanguage(language), TODAY);
    }

    private static String text(ExportFormat format, Summary summary, Document document) throws IOException {
        return new String(format.exporter().export(summary, new ExportOptions(PaperSize.A4, document)),
                StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void theBriefIsShortAndHasWhatTheMeetingDecides(String language) throws IOException {
        Summary summary = summary(ReportFixtures.example(), language);
        Messages m = Messages.forLanguage(language);
        for (ExportFormat format : List.of(ExportFormat.HTML, ExportFormat.MARKDOWN, ExportFormat.CSV)) {
            String brief = text(format, summary, Document.BRIEF);
            String full = text(format, summary, Document.FULL);
            assertTrue(brief.length() * 4 < full.length(), format + ": " + brief.length() + " vs " + full.length());
        }
        String brief = text(ExportFormat.MARKDOWN, summary, Document.BRIEF);
        assertTrue(brief.contains("## " + m.get("report.brief.risks")), brief);
        assertTrue(brief.contains("## " + m.get("report.brief.open")));
        assertTrue(brief.contains("## " + m.get("report.section.actions")));
        assertTrue(brief.contains("Jonas Brandt"), "actions with owners");
        assertFalse(brief.contains("Ask Nordwind IT"), "done actions are not in the brief");
        assertTrue(brief.contains("**" + m.get("summary.action.overdue") + "**"), "the overdue action is marked");
        assertFalse(brief.contains(m.get("report.section.appendix")));
        String full = text(ExportFormat.MARKDOWN, summary, Document.FULL);
        assertTrue(full.contains("_" + m.get("report.rationale") + ":_"), "decisions carry their note as rationale");
        assertTrue(full.contains("Ask Nordwind IT"), "the full record has every action");
        assertTrue(full.contains(m.get("risk.accepted.by-until", "Dana Fischer", "")
                .substring(0, m.get("risk.accepted.by-until", "Dana Fischer", "").length() - 1)), "who accepted a risk");
        String csv = text(ExportFormat.CSV, summary, Document.BRIEF);
        assertTrue(csv.startsWith("\uFEFF\"" + m.get("report.column.kind") + "\""), csv);
        assertTrue(csv.contains("\"a-7m2q9x\""));
    }

    @Test
    void onlyWhatIsStillToDoSaysOverdueAndAnActionSaysItOnce() {
        Project base = ReportFixtures.example();
        List<Summary.Risk> risks = summary(base, "en").risks();
        String acceptedId = risks.get(0).id();
        String openId = risks.get(1).id();
        LocalDate past = TODAY.minusDays(10);
        Project project = base
                .withAction(Action.create("a-done", "Done long ago", "Dana", past)
                        .withState(org.kickoff.domain.ActionState.DONE))
                .withAction(Action.create("a-late", "Late", "Dana", past))
                .withRiskEntry(acceptedId, org.kickoff.domain.RiskEntry.NONE.accept("Dana", "pilot", null)
                        .withDue(past))
                .withRiskEntry(openId, org.kickoff.domain.RiskEntry.NONE.withOwner("Dana").withDue(past));
        Messages m = Messages.forLanguage("en");
        Summary summary = summary(project, "en");
        String date = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(m.locale()).format(past);
        Summary.ActionLine done = summary.actions().stream().filter(a -> a.id().equals("a-done")).findFirst()
                .orElseThrow();
        assertEquals(date, done.dueText(), "a done action is not overdue");
        Summary.ActionLine late = summary.actions().stream().filter(a -> a.id().equals("a-late")).findFirst()
                .orElseThrow();
        assertTrue(late.overdue());
        assertEquals(m.get("summary.action.overdue"), late.stateText(), "its state says it is overdue");
        assertEquals(date, late.dueText(), "and its date does not say it again");
        assertEquals(date, summary.risks().stream().filter(r -> r.id().equals(acceptedId)).findFirst().orElseThrow()
                .dueText(), "an accepted risk is not overdue");
        assertEquals(m.get("summary.due.overdue", date), summary.risks().stream().filter(r -> r.id().equals(openId))
                .findFirst().orElseThrow().dueText(), "an open one is");
    }

    @Test
    void theBriefPdfIsAboutTwoPagesAndTaggedForScreenReadersAndArchives() throws IOException {
        for (String language : List.of("en", "de")) {
            byte[] pdf = ExportFormat.PDF.exporter().export(summary(ReportFixtures.example(), language),
                    new ExportOptions(PaperSize.A4, Document.BRIEF));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertTrue(document.getNumberOfPages() <= 3, language + ": " + document.getNumberOfPages() + " pages");
                var catalog = document.getDocumentCatalog();
                assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "tagged");
                assertTrue(catalog.getStructureTreeRoot() != null, "with a structure tree");
                assertEquals(language, catalog.getLanguage().substring(0, 2));
                String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
                assertTrue(xmp.contains("pdfuaid:part") && xmp.replaceAll("\\s", "").matches(
                        "(?s).*pdfaid:part(>|=\")2.*"), xmp);
                assertTrue(catalog.getOutputIntents().size() == 1, "sRGB output intent");
                assertFalse(document.getDocumentInformation().getTitle().isBlank(), "a title");
            }
        }
    }

    @Test
    void jiraCsvHasTheColumnsItsImporterReadsAndEachItemLinksToItsQuestion() throws IOException {
        Summary summary = summary(ReportFixtures.example(), "en");
        List<List<String>> rows = Csv.parse(text(ExportFormat.JIRA, summary, Document.FULL));
        assertEquals(List.of("Summary", "Issue Type", "Description", "Assignee", "Due Date", "Priority", "Labels",
                "Labels"), rows.get(0));
        assertEquals(summary.pendingActions().size(), rows.size() - 1);
        for (List<String> row : rows.subList(1, rows.size())) {
            assertFalse(row.get(0).isBlank());
            assertEquals("Task", row.get(1));
            assertTrue(row.get(4).isEmpty() || row.get(4).matches("\\d{4}-\\d{2}-\\d{2}"), row.get(4));
            assertEquals("kickoff", row.get(6));
        }
        assertTrue(rows.stream().anyMatch(r -> r.get(2).contains("Kickoff question data.restore-tested")
                && r.get(5).equals("Medium")), "a mitigation links to its finding's questions, with its priority");
        assertTrue(rows.stream().anyMatch(r -> r.get(0).startsWith("Decide: ") && r.get(7).equals("kickoff-decision")
                && r.get(2).contains("Kickoff question data.availability")), "open questions are work too");
    }

    @Test
    void gitLabCsvHasOnlyTheColumnsItsImporterReadsWithQuickActionsInTheDescription() throws IOException {
        Project project = ReportFixtures.example().withAction(Action.create("a-hand", "Pair on the API", "Dana (@dfischer)",
                null));
        List<List<String>> rows = Csv.parse(text(ExportFormat.GITLAB, summary(project, "en"), Document.FULL));
        assertEquals(List.of("title", "description", "due_date", "milestone"), rows.get(0));
        for (List<String> row : rows.subList(1, rows.size())) {
            assertTrue(row.get(1).contains("\n/label ~kickoff"), row.get(1));
            assertEquals("", row.get(3), "no milestone: GitLab would need it to exist");
        }
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("Pair on the API") && r.get(1).endsWith("/assign @dfischer")));
    }

    @Test
    void theGhScriptPassesTextAsArgumentsNeverAsShellSyntax(@TempDir Path dir) throws Exception {
        Path canary = dir.resolve("pwned");
        String hostile = "Fix $(touch " + canary + ") and `touch " + canary + "` it's \"ok\"; rm -rf ~ #";
        Project project = ReportFixtures.example().withAction(Action.create("a-evil", hostile + "\nsecond line",
                "Eve (@eve-1)", LocalDate.of(2026, 12, 24)));
        Path script = dir.resolve("issues.sh");
        Files.write(script, ExportFormat.GITHUB.exporter().export(summary(project, "en"), ExportOptions.A4));
        assertEquals(0, run(dir, "bash", "-n", script.toString()), "the script parses");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path log = dir.resolve("calls");
        Path gh = bin.resolve("gh");
        // the fake gh writes each argument on a line of its own, calls separated by a line "--"
        Files.writeString(gh, "#!/usr/bin/env bash\nfor a in \"$@\"; do printf '%s\\0' \"$a\" >> '" + log + "'; done\n"
                + "printf -- '--\\0' >> '" + log + "'\n");
        gh.toFile().setExecutable(true);
        assertEquals(0, run(dir, "env", "PATH=" + bin + ":/usr/bin:/bin", "bash", script.toString()));
        assertFalse(Files.exists(canary), "nothing in the text ran");
        List<List<String>> calls = new ArrayList<>();
        List<String> call = new ArrayList<>();
        for (String arg : Files.readString(log).split("\0")) {
            if (arg.equals("--")) {
                calls.add(call);
                call = new ArrayList<>();
            } else {
                call.add(arg);
            }
        }
        assertEquals(List.of("label", "create", "kickoff"), calls.get(0).subList(0, 3));
        List<String> evil = calls.stream().filter(c -> c.contains("--title") && c.get(c.indexOf("--title") + 1)
                .startsWith("Fix $(")).findFirst().orElseThrow();
        assertEquals(hostile + " second line", evil.get(evil.indexOf("--title") + 1));
        assertEquals("eve-1", evil.get(evil.indexOf("--assignee") + 1));
        assertTrue(evil.get(evil.indexOf("--body") + 1).contains("Owner: Eve (@eve-1)"));
        assertEquals(summary(project, "en").pendingActions().size() + 1, calls.size(), "one call per item, and the label");
    }

    private static int run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return process.exitValue();
    }

    @Test
    void theTaskListLinksEachItemToItsQuestions() throws IOException {
        String tasks = text(ExportFormat.TASKS, summary(ReportFixtures.example(), "de"), Document.FULL);
        assertTrue(tasks.contains("- [ ] Wiederherstellung") || tasks.contains("- [ ] Restore the nightly backup"), tasks);
        assertTrue(tasks.contains("(`data.restore-tested`, `data.backups`)"), tasks);
        assertTrue(tasks.contains("- [ ] Entscheiden: "), tasks);
    }

    /** RFC 4180, as the importers read it. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (c != '\r') {
                    cell.append(c);
                }
            }
            return rows;
        }
    }
}
