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

class ExportCommandTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static Path example(Path dir) throws Exception {
        Path file = dir.resolve("parcel tracking.kickoff");
        Files.write(file, Fixtures.resource("/examples/example.kickoff"));
        return file;
    }

    @Test
    void writesAPdfBesideTheProjectByDefault(@TempDir Path dir) throws Exception {
        Path project = example(dir);
        CliRun run = run("export", project.toString(), "--lang", "de", "--paper", "letter");
        assertEquals(0, run.code(), run.err());
        Path pdf = dir.resolve("parcel tracking.pdf");
        assertTrue(run.out().contains("Geschrieben: " + pdf), run.out());
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        try (var document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            assertEquals(612, document.getPage(0).getMediaBox().getWidth(), 1, "Letter is 8.5 inches wide");
        }
        assertEquals("", run.err());
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
        // that no command starts the toolkit is checked in a fresh JVM by CliTest
    }

    @Test
    void writesEachFormatToTheNamedFileOrStandardOutput(@TempDir Path dir) throws Exception {
        Path project = example(dir);
        Path html = dir.resolve("out/summary.html");
        Files.createDirectories(html.getParent());
        assertEquals(0, run("export", project.toString(), "--format", "html", "-o", html.toString()).code());
        assertTrue(Files.readString(html).contains("<h1 dir=\"auto\">Parcel tracking platform</h1>"));

        CliRun md = run("export", project.toString(), "--format", "md", "--lang", "en", "-o", "-");
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().startsWith("# Parcel tracking platform"), md.out());
        CliRun csv = run("export", project.toString(), "--format", "csv", "--lang", "en", "-o", "-");
        assertTrue(csv.out().startsWith("\"Topic\",\"Question id\""), "no byte order mark in a pipe");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "standard output writes no file");
        }
    }

    @Test
    void problemsAreOneLineOnStandardErrorAndExitOne(@TempDir Path dir) throws Exception {
        CliRun missing = run("export", dir.resolve("nothing.kickoff").toString(), "--lang", "en");
        assertEquals(1, missing.code());
        assertEquals(dir.resolve("nothing.kickoff") + ": The file does not exist.", missing.err().strip());

        Path project = example(dir);
        CliRun noFolder = run("export", project.toString(), "--lang", "en", "-o", dir.resolve("no/such/x.pdf").toString());
        assertEquals(1, noFolder.code());
        assertEquals("Cannot write " + dir.resolve("no/such/x.pdf") + ": the folder does not exist",
                noFolder.err().strip());

        Path broken = dir.resolve("broken.kickoff");
        Files.writeString(broken, "{\"format\": ");
        CliRun bad = run("export", broken.toString(), "--lang", "en", "--format", "md");
        assertEquals(1, bad.code());
        assertEquals(broken + ": line 1, column 12: The file ends before the JSON document is complete.",
                bad.err().strip());
        for (CliRun run : new CliRun[] {missing, noFolder, bad}) {
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace");
        }
        assertFalse(Files.exists(dir.resolve("broken.md")));
    }

    @Test
    void neverOverwritesTheProjectAndRefusesAPdfOnStandardOutput(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("notes.md");
        Files.write(project, Fixtures.resource("/examples/example.kickoff"));
        CliRun same = run("export", project.toString(), "--format", "md", "--lang", "en");
        assertEquals(1, same.code());
        assertTrue(same.err().contains("would overwrite the project file"), same.err());
        assertTrue(Files.readString(project).contains("\"kickoff-project\""), "the project is untouched");

        CliRun pdf = run("export", project.toString(), "-o", "-", "--lang", "en");
        assertEquals(2, pdf.code());
        assertTrue(pdf.err().startsWith("A PDF cannot be written to standard output"), pdf.err());
        assertEquals(2, run("export", project.toString(), "--format", "docx").code());
    }

    @Test
    void theOutputNameReplacesTheExtension() {
        assertEquals(Path.of("a/b.pdf"), ExportCommand.replaceExtension(Path.of("a/b.kickoff"), "pdf"));
        assertEquals(Path.of("b.md"), ExportCommand.replaceExtension(Path.of("b"), "md"));
        assertEquals(Path.of(".hidden.csv"), ExportCommand.replaceExtension(Path.of(".hidden"), "csv"));
    }
}
