package org.kickoff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.Project;
import org.kickoff.domain.SampleProjects;
import org.kickoff.domain.Value;
import org.kickoff.storage.FileValidator;
import org.kickoff.storage.ProjectFiles;

/**
 * {@code kickoff merge} as git's merge driver, in a real repository: configured with the two lines the
 * README shows, run by git through a launcher script on this test's class path.
 */
class GitMergeDriverTest {

    private final ProjectFiles files = new ProjectFiles();
    private Path repo;
    private Path project;

    private record Result(int code, String output) {
    }

    private Result git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        // no user's or system's git configuration may change what this test sees
        env.put("HOME", repo.getParent().toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_AUTHOR_NAME", "Test");
        env.put("GIT_AUTHOR_EMAIL", "test@example.invalid");
        env.put("GIT_COMMITTER_NAME", "Test");
        env.put("GIT_COMMITTER_EMAIL", "test@example.invalid");
        env.put("LC_ALL", "C");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("git did not finish: " + command);
        }
        return new Result(process.exitValue(), output);
    }

    private void ok(String... args) throws IOException, InterruptedException {
        Result result = git(args);
        assertEquals(0, result.code(), String.join(" ", args) + "\n" + result.output());
    }

    private void commit(Project content, String message) throws Exception {
        files.save(project, content, Fixtures.mini());
        ok("add", "-A");
        ok("commit", "-q", "-m", message);
    }

    @BeforeEach
    void repository(@TempDir Path dir) throws Exception {
        repo = Files.createDirectory(dir.resolve("repo"));
        project = repo.resolve("parcels.kickoff");
        // surefire may hand the JVM a manifest-only jar; it names the real class path in this property
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path launcher = dir.resolve("kickoff-merge.sh");
        // the merge keeps a backup of OURS in Kickoff's data folder: one of this test's, not the user's
        Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -Duser.language=en -Dkickoff.home='"
                + dir.resolve("kickoff-home") + "' -cp '" + classPath + "' org.kickoff.app.Main merge \"$@\"\n");
        assertTrue(launcher.toFile().setExecutable(true));
        ok("init", "-q", "-b", "main");
        Files.writeString(repo.resolve(".gitattributes"), "*.kickoff merge=kickoff\n");
        ok("config", "merge.kickoff.name", "Kickoff project merge");
        ok("config", "merge.kickoff.driver", launcher + " %O %A %B");
        commit(SampleProjects.base(), "base");
    }

    @Test
    void changesToDifferentQuestionsOnTwoBranchesMergeCleanly() throws Exception {
        Project base = SampleProjects.base();
        ok("checkout", "-q", "-b", "dana");
        commit(base.withAnswer("first.containers", Answer.answered(new Value.YesNo(false))), "no containers");
        ok("checkout", "-q", "main");
        commit(base.withAnswer("second.volume", Answer.answered(new Value.Amount(new BigDecimal("40"), "gb")))
                .withAnswer("second.orm", null), "volume");
        Result merge = git("merge", "--no-edit", "dana");
        assertEquals(0, merge.code(), merge.output());
        Project merged = files.open(project);
        assertEquals(new Value.YesNo(false), merged.answerOrEmpty("first.containers").value());
        assertEquals(new Value.Amount(new BigDecimal("40"), "gb"), merged.answerOrEmpty("second.volume").value());
        assertTrue(merged.answer("second.orm").isEmpty());
        assertEquals("", git("status", "--porcelain").output(), "merged and committed");
    }

    @Test
    void theSameQuestionChangedOnBothBranchesStopsTheMergeWithAValidFile() throws Exception {
        Project base = SampleProjects.base();
        ok("checkout", "-q", "-b", "luis");
        commit(base.withAnswer("first.pattern", Answer.answered(new Value.Single("hexagonal", "")))
                .withAnswer("second.story", base.answerOrEmpty("second.story").withNote("by Luis")), "hexagonal");
        ok("checkout", "-q", "main");
        commit(base.withAnswer("first.pattern", Answer.answered(new Value.Single("layered", "")))
                .withAnswer("first.containers", Answer.answered(new Value.YesNo(false))), "layered");
        Result merge = git("merge", "--no-edit", "luis");
        assertNotEquals(0, merge.code(), merge.output());
        assertTrue(merge.output().contains("first.pattern"), merge.output());

        assertEquals(List.of(), new FileValidator().validate(project),
                "the file git leaves is a valid project, not one with conflict markers");
        Project merged = files.open(project);
        Answer pattern = merged.answerOrEmpty("first.pattern");
        assertEquals(AnswerStatus.OPEN, pattern.status());
        assertEquals(new Value.Single("layered", ""), pattern.value());
        assertEquals("Merge conflict, still to decide: this branch answered \"Layered\"; the merged branch answered "
                + "\"Hexagonal\".", pattern.note());
        assertEquals(new Value.YesNo(false), merged.answerOrEmpty("first.containers").value(), "ours merged in");
        assertEquals("by Luis", merged.answerOrEmpty("second.story").note(),
                "theirs merged in");
        assertTrue(git("status", "--porcelain").output().contains("UU parcels.kickoff"));
    }
}
