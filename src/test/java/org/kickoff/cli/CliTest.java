package org.kickoff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Question;
import org.kickoff.domain.Questionnaire;
import org.kickoff.storage.QuestionnaireReader;

class CliTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void catalogPrintsEveryQuestionInBothLanguages() {
        Questionnaire questionnaire = Fixtures.builtIn();
        for (String language : new String[] {"en", "de"}) {
            CliRun run = run("catalog", "--lang", language);
            assertEquals(0, run.code(), run.err());
            for (Question question : questionnaire.questions()) {
                assertTrue(run.out().contains("`" + question.id() + "`"), question.id());
            }
            assertTrue(run.out().contains(questionnaire.topics().get(0).title().in(language)));
        }
        assertTrue(run("catalog", "--lang", "de").out().contains("Angezeigt, wenn"));
        assertTrue(run("catalog", "--lang", "en").out().contains("Shown when"));
    }

    @Test
    void catalogCitesReferencesAsTagsAndExplainsEachOnceAtTheEnd() {
        String german = run("catalog", "--lang", "de").out();
        assertTrue(german.contains("- Verweise: Art. 17 DSGVO; Art. 5 Abs. 1 lit. e DSGVO\n"), "German citation style");
        String sources = german.substring(german.indexOf("## Zitierte Quellen"));
        assertTrue(sources.contains("- **Art. 5 Abs. 1 lit. e DSGVO**: Datenschutz-Grundverordnung (DSGVO)"), sources);
        assertEquals(1, sources.split("\\*\\*Art. 5 Abs. 1 lit. e DSGVO\\*\\*", -1).length - 1, "each source once");
        String english = run("catalog", "--lang", "en").out();
        assertTrue(english.contains("## Sources cited"));
        assertTrue(english.contains("GDPR Art. 5(1)(e)"), "English citation style");
    }

    @Test
    void catalogAsJsonIsTheQuestionnaireItself() throws Exception {
        CliRun run = run("catalog", "--format", "json");
        assertEquals(0, run.code(), run.err());
        Questionnaire reread = new QuestionnaireReader().read(run.out().getBytes(StandardCharsets.UTF_8));
        Questionnaire builtIn = Fixtures.builtIn();
        assertEquals(builtIn.questionIds(), reread.questionIds());
        assertEquals(builtIn.questions(), reread.questions());
        assertEquals(builtIn.risks(), reread.risks());
        CliRun german = run("catalog", "--format", "json", "--lang", "de");
        assertFalse(german.out().contains("\"en\""), "only the chosen language");
    }

    @Test
    void validateSaysWhichFilesAreBadAndWhy(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.kickoff");
        Files.write(good, Fixtures.resource("/examples/example.kickoff"));
        Path bad = dir.resolve("bad.kickoff");
        Files.writeString(bad, "{\"format\": \"kickoff-project\", \"formatVersion\": \"9.0\"}");
        Path broken = dir.resolve("broken.kickoff");
        Files.writeString(broken, "{\"format\": ");

        CliRun ok = run("validate", "--lang", "en", good.toString());
        assertEquals(0, ok.code(), ok.err());
        assertEquals("", ok.err());

        CliRun run = run("validate", "--lang", "en", good.toString(), bad.toString(), broken.toString());
        assertEquals(1, run.code());
        String[] lines = run.err().strip().split("\\R");
        assertEquals(2, lines.length, run.err());
        assertTrue(lines[0].startsWith(bad + ": $.formatVersion: This project was saved by a newer Kickoff"), lines[0]);
        assertEquals(broken + ": line 1, column 12: The file ends before the JSON document is complete.", lines[1]);
        assertFalse(run.err().contains("Exception"), "no stack trace");
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void validateAcceptsTheQuestionnaireFormatToo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q.json");
        Files.write(file, Fixtures.resource("/fixtures/mini-questionnaire.json"));
        assertEquals(0, run("validate", file.toString()).code());
        Files.writeString(file, new String(Fixtures.resource("/fixtures/mini-questionnaire.json"), StandardCharsets.UTF_8)
                .replace("first.containers == yes", "first.containerz == yes"));
        CliRun run = run("validate", "--lang", "en", file.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("$.topics[0].questions[1].visibleIf: There is no question \"first.containerz\""),
                run.err());
    }

    @Test
    void unknownCommandsAndOptionsPrintUsageAndExitTwo() {
        CliRun unknown = run("frobnicate");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Usage: kickoff"), unknown.err());
        CliRun badOption = run("catalog", "--format", "pdf");
        assertEquals(2, badOption.code());
        assertTrue(badOption.err().contains("Usage: kickoff catalog"), badOption.err());
        assertEquals(2, run("validate").code(), "validate needs a file");
    }

    @Test
    void usageProblemsAndTheUsageSpeakTheLanguageOfLang() {
        CliRun missing = run("export", "--lang", "de");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("Es fehlt: FILE.\n"), missing.err());
        assertTrue(missing.err().contains("Aufruf: kickoff export") && missing.err().contains("Optionen:"),
                missing.err());
        assertFalse(missing.err().contains("Missing required") || missing.err().contains("Usage:"), missing.err());

        CliRun unknown = run("export", "--lang=de", "--bogus", "x.kickoff");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("Keine Option und kein Argument dieses Befehls: '--bogus'."),
                unknown.err());

        CliRun twice = run("export", "--lang", "en", "--format", "md", "--format", "csv", "x.kickoff");
        assertEquals(2, twice.code());
        assertTrue(twice.err().startsWith("--format is given more than once."), twice.err());

        CliRun english = run("export", "--lang", "en");
        assertTrue(english.err().startsWith("Missing: FILE.\n") && english.err().contains("Usage: kickoff export"),
                english.err());
    }

    @Test
    void helpAndVersion() {
        CliRun help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("catalog") && help.out().contains("validate"));
        CliRun version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("Kickoff "), version.out());
    }

    @Test
    void commandsNeverStartTheJavaFxToolkit(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("p.kickoff");
        Files.write(project, Fixtures.resource("/examples/example.kickoff"));
        String catalog = classesLoadedBy("catalog", "--format", "json");
        assertTrue(catalog.contains("\"format\": \"kickoff-questionnaire\""), "the command ran");
        String export = classesLoadedBy("export", project.toString(), "--format", "pdf", "-o",
                dir.resolve("p.pdf").toString());
        assertTrue(Files.size(dir.resolve("p.pdf")) > 1000, "the export ran");
        for (String output : new String[] {catalog, export, classesLoadedBy("validate", project.toString())}) {
            assertFalse(output.contains("com.sun.javafx.application.PlatformImpl"), "the toolkit was never loaded");
            assertFalse(output.contains("com.sun.glass.ui.Application "), "no window system was touched");
        }
    }

    /** Runs a command in a fresh JVM (this one may have run window tests) and returns what it printed. */
    private static String classesLoadedBy(String... command) throws Exception {
        Path javaBinary = Path.of(System.getProperty("java.home"), "bin", "java");
        java.util.List<String> line = new java.util.ArrayList<>(java.util.List.of(javaBinary.toString(), "-verbose:class",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "org.kickoff.app.Main"));
        line.addAll(java.util.List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output.lines().filter(l -> !l.startsWith("[")).findFirst().orElse(""));
        return output;
    }

    @Test
    void aProjectFileAloneOpensTheWindowAndCommandsDoNot() {
        assertTrue(org.kickoff.app.MainAccess.opensWindow());
        assertTrue(org.kickoff.app.MainAccess.opensWindow("my.kickoff"));
        assertFalse(org.kickoff.app.MainAccess.opensWindow("validate"));
        assertFalse(org.kickoff.app.MainAccess.opensWindow("--help"));
        assertFalse(org.kickoff.app.MainAccess.opensWindow("validate", "a.kickoff"));
    }
}
