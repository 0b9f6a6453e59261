package org.kickoff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Project;
import org.kickoff.domain.SampleProjects;
import org.kickoff.domain.Value;
import org.kickoff.storage.ProjectFiles;

/**
 * A project answering a team's own questionnaire, handed to a colleague whose Kickoff has never run: every
 * command works from the copy the file carries, with empty settings and data folders (fresh JVMs, with
 * {@code XDG_CONFIG_HOME} and {@code XDG_DATA_HOME} pointing at empty folders).
 */
class EmptyFoldersTest {

    private record Run(int code, String output) {
    }

    @TempDir
    Path dir;

    private Run kickoff(String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Djava.awt.headless=true",
                "-Duser.home=" + dir.resolve("home"), "-Duser.language=en", "-cp", classPath, "org.kickoff.app.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put("HOME", dir.resolve("home").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", args));
        return new Run(process.exitValue(), output);
    }

    @Test
    void everyCommandWorksFromTheEmbeddedQuestionnaire() throws Exception {
        for (String folder : List.of("config", "data", "home")) {
            Files.createDirectory(dir.resolve(folder));
        }
        ProjectFiles files = new ProjectFiles();
        Project base = SampleProjects.base();
        Path basePath = dir.resolve("base.kickoff");
        files.save(basePath, base, Fixtures.mini());
        Path ours = dir.resolve("ours.kickoff");
        files.save(ours, base.withAnswer("first.containers", Answer.answered(new Value.YesNo(false))), Fixtures.mini());
        Path theirs = dir.resolve("theirs.kickoff");
        files.save(theirs, base.withAnswer("second.story", Answer.answered(new Value.Text("theirs"))), Fixtures.mini());
        assertFalse(Files.readString(ours).contains("kickoff-python-backend"), "a team's own questionnaire");

        Run validate = kickoff("validate", ours.toString());
        assertEquals(0, validate.code(), validate.output());
        for (String format : List.of("pdf", "html", "md", "csv")) {
            Path out = dir.resolve("summary." + format);
            Run export = kickoff("export", ours.toString(), "--format", format, "-o", out.toString());
            assertEquals(0, export.code(), format + ": " + export.output());
            assertTrue(Files.size(out) > 500, format);
        }
        assertTrue(Files.readString(dir.resolve("summary.md")).contains("Containers?"), "asked as the copy asks");
        Run diff = kickoff("diff", ours.toString(), theirs.toString());
        assertEquals(1, diff.code(), diff.output());
        assertTrue(diff.output().contains("Story? (second.story)"), diff.output());
        Run merge = kickoff("merge", basePath.toString(), ours.toString(), theirs.toString());
        assertEquals(0, merge.code(), merge.output());
        assertTrue(Files.readString(ours).contains("\"theirs\""), "merged");
        assertEquals(0, kickoff("catalog", "--format", "json").code());

        // the merge kept OURS in the data folder, which it made private; nothing else was written
        Path kickoffData = dir.resolve("data").resolve("kickoff");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kickoffData)));
        assertEquals("rwx------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(kickoffData.resolve("backups"))));
        try (var entries = Files.list(dir.resolve("config"))) {
            assertEquals(0, entries.count(), "no settings were written");
        }
    }
}
