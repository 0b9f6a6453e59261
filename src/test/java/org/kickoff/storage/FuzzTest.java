package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Evaluation;
import org.kickoff.domain.Problem;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Project;
import org.kickoff.domain.ProjectCheck;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.RiskRule;
import org.kickoff.i18n.Messages;

/**
 * Thousands of damaged project files and questionnaires, made reproducibly from a fixed seed: each is
 * either loaded (and then checked, evaluated, saved and reopened unchanged) or refused with a
 * {@link ProblemException} whose problems have texts in every language; never another exception or
 * error, never more than a second. A longer campaign: {@code mvn -B test -Dtest=FuzzTest
 * -Dkickoff.fuzz.count=200000} (projects; questionnaires a fifth of that).
 */
class FuzzTest {

    static final long SEED = 20261129L;
    static final int PROJECTS = Math.max(10_000, Integer.getInteger("kickoff.fuzz.count", 10_000));
    static final int QUESTIONNAIRES = Math.max(2_000, PROJECTS / 5);
    /**
     * The time a file may cost, in CPU time of the reading thread: the wall-clock time (also reported)
     * depends on how busy the machine is, and the test machines are shared.
     */
    private static final long SLOWEST_ALLOWED_NANOS = Duration.ofSeconds(1).toNanos();
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
            .getThreadMXBean();
    /** Every how many-th file is also read from disk, through the path used by the window and the validator. */
    private static final int FROM_DISK_EVERY = 50;

    private final Questionnaire builtIn = Fixtures.builtIn();
    private final Questionnaire mini = Fixtures.mini();
    private final Set<String> englishKeys = keys("/i18n/messages.properties");
    private final Set<String> germanKeys = keys("/i18n/messages_de.properties");
    private final java.util.Map<String, Messages> messages = java.util.Map.of("en", Messages.forLanguage("en"),
            "de", Messages.forLanguage("de"));
    /** A message a dialog can show: the text, the place and a few quotes from the file. */
    private static final int MAX_MESSAGE = 4_000;

    private static final class Campaign {
        int loaded;
        int refused;
        long slowestNanos;
        String slowest = "";
        long slowestWallNanos;
        final List<String> failures = new ArrayList<>();
        final java.util.Map<String, Integer> refusedBy = new java.util.TreeMap<>();

        void time(long cpuNanos, long wallNanos, String description) {
            if (cpuNanos > slowestNanos) {
                slowestNanos = cpuNanos;
                slowest = description;
            }
            slowestWallNanos = Math.max(slowestWallNanos, wallNanos);
        }

        String summary(String what) {
            return String.format("fuzz %s: %d files, %d loaded, %d refused, %d failures, slowest %.1f ms of CPU time "
                    + "(%s), %.1f ms of wall-clock time; refused by %s", what, loaded + refused + failures.size(),
                    loaded, refused, failures.size(), slowestNanos / 1e6, slowest, slowestWallNanos / 1e6, refusedBy);
        }
    }

    @Test
    void damagedProjectFilesAreLoadedOrRefusedCleanly(@TempDir Path dir) {
        FileMutator mutator = new FileMutator(SEED, projectSeeds(), false);
        Campaign campaign = new Campaign();
        assertTimeoutPreemptively(Duration.ofSeconds(120 + PROJECTS / 100), () -> {
            for (int i = 0; i < PROJECTS; i++) {
                FileMutator.Mutant mutant = mutator.next();
                tryProject("#" + i + " " + mutant.description(), mutant.bytes(), i % FROM_DISK_EVERY == 0, dir,
                        campaign);
            }
        });
        report(campaign, "projects");
    }

    /** Not left to chance: each field of both project files, in turn, holds each kind of value it should not. */
    @Test
    void everyFieldWithEveryWrongTypeIsLoadedOrRefusedCleanly(@TempDir Path dir) {
        Campaign campaign = new Campaign();
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (FileMutator.Seed seed : projectSeeds()) {
                List<FileMutator.Mutant> mutants = FileMutator.everyFieldWithEveryWrongType(seed);
                for (int i = 0; i < mutants.size(); i++) {
                    FileMutator.Mutant mutant = mutants.get(i);
                    tryProject(mutant.description(), mutant.bytes(), i % FROM_DISK_EVERY == 0, dir, campaign);
                }
            }
        });
        report(campaign, "wrong types in every field of the projects");
    }

    private static List<FileMutator.Seed> projectSeeds() {
        return List.of(new FileMutator.Seed("example", Fixtures.resource("/examples/example.kickoff")),
                new FileMutator.Seed("golden", Fixtures.resource("/golden/all-types.kickoff")));
    }

    private void tryProject(String description, byte[] bytes, boolean fromDisk, Path dir, Campaign campaign) {
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        try {
            Project project = fromDisk ? new ProjectFiles().openTracked(onDisk(dir, bytes)).project()
                    : new ProjectFileReader().read(bytes);
            campaign.loaded++;
            useLoadedProject(project, description, campaign);
        } catch (ProblemException e) {
            campaign.refused++;
            checkProblems(e.problems(), description, campaign);
        } catch (Throwable t) {
            fail(campaign, description, t, bytes);
        }
        campaign.time(CPU.getCurrentThreadCpuTime() - cpuStart, System.nanoTime() - start, description);
    }

    @Test
    void damagedQuestionnairesAreLoadedOrRefusedCleanly(@TempDir Path dir) {
        List<FileMutator.Seed> seeds = List.of(
                new FileMutator.Seed("built-in", Fixtures.resource(QuestionnaireReader.BUILT_IN)),
                new FileMutator.Seed("mini", Fixtures.resource("/fixtures/mini-questionnaire.json")));
        FileMutator mutator = new FileMutator(SEED + 1, seeds, true);
        Campaign campaign = new Campaign();
        assertTimeoutPreemptively(Duration.ofSeconds(120 + QUESTIONNAIRES / 20), () -> {
            for (int i = 0; i < QUESTIONNAIRES; i++) {
                FileMutator.Mutant mutant = mutator.next();
                String description = "#" + i + " " + mutant.description();
                long start = System.nanoTime();
                long cpuStart = CPU.getCurrentThreadCpuTime();
                try {
                    Questionnaire questionnaire = i % FROM_DISK_EVERY == 0
                            ? new QuestionnaireReader().read(onDisk(dir, mutant.bytes()))
                            : new QuestionnaireReader().read(mutant.bytes());
                    campaign.loaded++;
                    useLoadedQuestionnaire(questionnaire);
                } catch (ProblemException e) {
                    campaign.refused++;
                    checkProblems(e.problems(), description, campaign);
                } catch (Throwable t) {
                    fail(campaign, description, t, mutant.bytes());
                }
                campaign.time(CPU.getCurrentThreadCpuTime() - cpuStart, System.nanoTime() - start, description);
            }
        });
        report(campaign, "questionnaires");
    }

    @Test
    void foldersMissingFilesAndHugeFilesAreRefusedCleanly(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("looks-like.kickoff"));
        Path missing = dir.resolve("missing.kickoff");
        Path huge = dir.resolve("huge.kickoff");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(JsonLimits.PROJECT.maxBytes() * 4);
        }
        for (Path path : List.of(folder, missing, huge)) {
            for (ThrowingRead read : List.<ThrowingRead>of(p -> new ProjectFiles().open(p),
                    p -> new ProjectFiles().openTracked(p), p -> new QuestionnaireReader().read(p))) {
                Campaign campaign = new Campaign();
                try {
                    read.read(path);
                    campaign.failures.add(path + " was loaded");
                } catch (ProblemException e) {
                    checkProblems(e.problems(), path.toString(), campaign);
                }
                assertEquals(List.of(), campaign.failures);
            }
            List<Problem> problems = new FileValidator(builtIn).validate(path);
            assertEquals(1, problems.size());
        }
    }

    private interface ThrowingRead {
        Object read(Path path) throws ProblemException;
    }

    /** What the window does with a project it opened: check, show progress and risks, save, reopen. */
    private void useLoadedProject(Project project, String description, Campaign campaign) {
        Questionnaire questionnaire = "mini".equals(project.questionnaire().id()) ? mini : builtIn;
        checkProblems(ProjectCheck.check(project, questionnaire), description, campaign);
        Evaluation evaluation = new Evaluation(questionnaire, project);
        evaluation.progress();
        for (RiskRule rule : questionnaire.risks()) {
            rule.when().test(evaluation);
        }
        byte[] saved = new ProjectFileWriter().write(project, questionnaire);
        try {
            if (!new ProjectFileReader().read(saved).equals(project)) {
                campaign.failures.add(description + ": saving and reopening changed the project");
            }
        } catch (ProblemException e) {
            campaign.failures.add(description + ": the saved file cannot be reopened: " + e.problems());
        }
    }

    private static void useLoadedQuestionnaire(Questionnaire questionnaire) {
        Evaluation evaluation = new Evaluation(questionnaire, java.util.Map.of());
        evaluation.progress();
        for (RiskRule rule : questionnaire.risks()) {
            rule.when().test(evaluation);
        }
    }

    private void checkProblems(List<Problem> problems, String description, Campaign campaign) {
        if (problems.isEmpty() && description.contains("refused")) {
            campaign.failures.add(description + ": refused without a problem");
        }
        for (int i = 0; i < problems.size(); i++) {
            Problem problem = problems.get(i);
            campaign.refusedBy.merge(problem.key(), 1, Integer::sum);
            if (!englishKeys.contains(problem.key()) || !germanKeys.contains(problem.key())) {
                campaign.failures.add(description + ": no text for the problem key " + problem.key());
            }
            // the window shows the first few; formatting thousands would only time the test
            for (String language : i < 3 ? Messages.LANGUAGES : List.<String>of()) {
                String text = messages.get(language).problem(problem);
                if (text.isBlank() || text.length() > MAX_MESSAGE) {
                    campaign.failures.add(description + ": unusable message of " + text.length() + " characters");
                }
            }
        }
    }

    private static void fail(Campaign campaign, String description, Throwable t, byte[] bytes) {
        String failure = description + ": " + t;
        campaign.failures.add(failure);
        try {
            // kept to reproduce by hand; the description also names the seed-relative index
            Path keep = Path.of("target", "fuzz-failures");
            Files.createDirectories(keep);
            Files.write(keep.resolve("failure-" + campaign.failures.size() + ".json"), bytes);
        } catch (IOException e) {
            t.addSuppressed(e);
        }
        if (campaign.failures.size() == 1) {
            t.printStackTrace();
        }
    }

    private static Path onDisk(Path dir, byte[] bytes) throws IOException {
        return Files.write(dir.resolve("fuzz.kickoff"), bytes);
    }

    private static void report(Campaign campaign, String what) {
        String summary = campaign.summary(what);
        System.out.println(summary);
        assertEquals(List.of(), campaign.failures.subList(0, Math.min(20, campaign.failures.size())), summary);
        assertTrue(campaign.slowestNanos < SLOWEST_ALLOWED_NANOS, summary);
        assertTrue(campaign.loaded > 0 && campaign.refused > 0, summary);
    }

    private static Set<String> keys(String resource) {
        Properties properties = new Properties();
        try (InputStream in = FuzzTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties.stringPropertyNames();
    }
}
