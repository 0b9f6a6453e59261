package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * error, never more than a second. Then the hostile files issue 11 found (answers that parse but do not
 * fit, control and bidi characters, work amplifiers, odd references, and the same damage) go through every
 * command, and pipes, sockets, devices and broken links are given to each. The build runs this class with
 * -Xmx256m. A longer campaign: {@code mvn -B test -Dtest=FuzzTest -Dkickoff.fuzz.count=200000} (projects;
 * questionnaires a fifth of that, files through the commands a sixteenth).
 */
@org.junit.jupiter.api.Tag("slow")
class FuzzTest {

    static final long SEED = 20261129L;
    /** The normal count; {@code -Dkickoff.fuzz.count} raises it for a long campaign or lowers it for a quick look. */
    static final int PROJECTS = Math.max(100, Integer.getInteger("kickoff.fuzz.count", 10_000));
    static final int QUESTIONNAIRES = Math.max(20, PROJECTS / 5);
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

    /** The build runs this class in an execution of its own, with -Xmx256m (pom.xml, "fuzz-small-heap"). */
    @org.junit.jupiter.api.BeforeAll
    static void onlyWithTheSmallHeap() {
        org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("kickoff.fuzz.skip"),
                "run by the execution fuzz-small-heap, with -Xmx256m");
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

    // ---- the command campaign: every command, the hostile files of issue 11 ----

    /** Files of each kind {@link HostileFiles} makes, each through every command (about 9 runs a file). */
    static final int COMMAND_FILES = Math.max(6, PROJECTS / 16);
    /** A run that takes longer is stopped and counted as a kill: work a file causes must be bounded. */
    private static final Duration RUN_LIMIT = Duration.ofSeconds(20);
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "Jackson", "JsonReadFeature",
            "StreamRead", "REDACTED", "java.", "com.fasterxml");

    private static final class Commands {
        int files;
        int runs;
        int kills;
        int valid;
        int pdfs;
        long slowestNanos;
        String slowest = "";
        /** The most heap in use after a file's runs, as the JVM reports it (garbage not yet collected included). */
        long heapUsed;
        final List<String> failures = new ArrayList<>();
        final java.util.Map<HostileFiles.Kind, int[]> byKind = new java.util.EnumMap<>(HostileFiles.Kind.class);

        String summary(long peakHeap) {
            StringBuilder kinds = new StringBuilder();
            byKind.forEach((kind, counts) -> kinds.append(kind).append(' ').append(counts[0]).append(" (")
                    .append(counts[1]).append(" valid) "));
            return String.format("fuzz commands: %d files, %d command runs (%d PDFs), %d valid, %d kills, %d failures, "
                    + "slowest file %.1f ms of CPU time (%s), heap in use at most %d MB after a file (the heap pools' "
                    + "peaks add up to %d MB) of %d MB; %s", files, runs, pdfs, valid, kills, failures.size(),
                    slowestNanos / 1e6, slowest, heapUsed / (1024 * 1024), peakHeap / (1024 * 1024),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), kinds.toString().strip());
        }
    }

    /** One command run in process: exit code and what it printed. */
    private record Run(int code, String out, String err) {
    }

    private static Run kickoff(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.kickoff.cli.KickoffCommand.run(args, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * The hostile files issue 11 found, through every command with a 256 MB heap (the build runs this class
     * with -Xmx256m): validate decides, and export, diff and merge decide alike (refused: exit 1, 2, 2 and
     * OURS untouched; accepted: they work, and a merge writes only a valid file); nothing reaches the output
     * raw (control, bidi and format characters); every message is one line of at most 500 characters without
     * the libraries' words; no run needs more than {@link #RUN_LIMIT}.
     */
    @Test
    void everyCommandDecidesAlikeAndPrintsNothingRaw(@TempDir Path dir) throws Exception {
        String home = System.getProperty("kickoff.home");
        System.setProperty("kickoff.home", dir.resolve("home").toString());
        java.lang.management.ManagementFactory.getMemoryPoolMXBeans().forEach(
                java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        List<FileMutator.Seed> seeds = projectSeeds();
        java.util.Map<String, Path> seedFiles = new java.util.HashMap<>();
        for (FileMutator.Seed seed : seeds) {
            seedFiles.put(seed.name(), Files.write(dir.resolve(seed.name() + ".kickoff"), seed.bytes()));
        }
        HostileFiles hostile = new HostileFiles(SEED + 2, seeds);
        Commands campaign = new Commands();
        java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < COMMAND_FILES; i++) {
                HostileFiles.Hostile file = hostile.next();
                String description = "#" + i + " " + file.description();
                Path path = Files.write(dir.resolve("hostile.kickoff"), file.bytes());
                Path seedFile = seedFiles.getOrDefault(file.seed(), seedFiles.get("example"));
                String language = i % 2 == 0 ? "en" : "de";
                boolean pdf = i % 40 == 0;
                var task = worker.submit(() -> {
                    commands(campaign, file, description, path, seedFile, dir, language, pdf);
                    return null;
                });
                try {
                    task.get(RUN_LIMIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    campaign.kills++;
                    campaign.failures.add(description + ": still running after " + RUN_LIMIT);
                    task.cancel(true);
                    worker.shutdownNow();
                    worker = java.util.concurrent.Executors.newSingleThreadExecutor();
                } catch (java.util.concurrent.ExecutionException e) {
                    campaign.failures.add(description + ": " + e.getCause());
                    if (campaign.failures.size() == 1) {
                        e.getCause().printStackTrace();
                    }
                }
                campaign.files++;
                campaign.heapUsed = Math.max(campaign.heapUsed,
                        java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            }
        } finally {
            worker.shutdownNow();
            if (home == null) {
                System.clearProperty("kickoff.home");
            } else {
                System.setProperty("kickoff.home", home);
            }
        }
        long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        String summary = campaign.summary(peak);
        System.out.println(summary);
        assertEquals(List.of(), campaign.failures.subList(0, Math.min(20, campaign.failures.size())), summary);
        assertTrue(campaign.valid > 0 && campaign.valid < campaign.files, summary);
    }

    private static void commands(Commands campaign, HostileFiles.Hostile file, String description, Path path,
                                 Path seedFile, Path dir, String language, boolean pdf) throws Exception {
        long cpuStart = CPU.getCurrentThreadCpuTime();
        List<Run> runs = new ArrayList<>();
        Run validate = kickoff("validate", "--lang", language, path.toString());
        runs.add(validate);
        boolean valid = validate.code() == 0;
        check(campaign, description, "validate", validate.code() == 0 || validate.code() == 1);
        for (String format : List.of("md", "csv", "html")) {
            Run export = kickoff("export", path.toString(), "--format", format, "--lang", language, "-o", "-");
            runs.add(export);
            check(campaign, description, "export " + format + " exits " + export.code(),
                    export.code() == (valid ? 0 : 1) && (valid || export.out().isEmpty()));
        }
        // the register and the work that leaves Kickoff: the same verdict as validate, nothing raw
        for (String format : List.of("text", "json")) {
            Run risks = kickoff("risks", path.toString(), "--format", format, "--fail-on", "low", "--lang", language);
            runs.add(risks);
            check(campaign, description, "risks " + format + " exits " + risks.code(),
                    valid ? risks.code() <= 1 : risks.code() == 2 && risks.out().isEmpty());
        }
        for (String format : List.of("jira", "gitlab", "gh", "tasks")) {
            Run work = kickoff("export", path.toString(), "--format", format, "--lang", language, "-o", "-");
            runs.add(work);
            check(campaign, description, "export " + format + " exits " + work.code(),
                    work.code() == (valid ? 0 : 1) && (valid || work.out().isEmpty()));
        }
        Run brief = kickoff("export", path.toString(), "--format", "md", "--document", "brief", "--lang", language,
                "-o", "-");
        runs.add(brief);
        check(campaign, description, "export brief exits " + brief.code(), brief.code() == (valid ? 0 : 1));
        Path records = dir.resolve("decisions");
        Run adr = kickoff("export", path.toString(), "--format", "adr", "--lang", language, "-o", records.toString());
        runs.add(adr);
        check(campaign, description, "export adr exits " + adr.code(),
                valid ? adr.code() <= 1 : adr.code() == 1 && !Files.exists(records));
        deleteTree(records);
        for (String[] pair : List.of(new String[] {seedFile.toString(), path.toString()},
                new String[] {path.toString(), seedFile.toString()})) {
            Run diff = kickoff("diff", "--lang", language, pair[0], pair[1]);
            runs.add(diff);
            check(campaign, description, "diff exits " + diff.code(), valid ? diff.code() <= 1 : diff.code() == 2);
        }
        Path ours = Files.copy(seedFile, dir.resolve("ours.kickoff"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] before = Files.readAllBytes(ours);
        Run merge = kickoff("merge", "--lang", language, seedFile.toString(), ours.toString(), path.toString());
        runs.add(merge);
        boolean untouched = java.util.Arrays.equals(before, Files.readAllBytes(ours));
        if (!valid || merge.code() == 2) {
            check(campaign, description, "merge exits " + merge.code() + ", OURS untouched " + untouched,
                    merge.code() == 2 && untouched);
        } else {
            check(campaign, description, "merge writes a file validate accepts",
                    merge.code() <= 1 && new FileValidator().check(ours).isValid());
        }
        if (pdf && valid) {
            Path out = dir.resolve("hostile.pdf");
            Run export = kickoff("export", path.toString(), "--lang", language, "-o", out.toString());
            runs.add(export);
            check(campaign, description, "PDF export", export.code() == 0 && Files.size(out) > 1000);
            synchronized (campaign) {
                campaign.pdfs++;
            }
        }
        for (Run run : runs) {
            shownSafely(campaign, description, run);
        }
        long cpu = CPU.getCurrentThreadCpuTime() - cpuStart;
        synchronized (campaign) {
            campaign.runs += runs.size();
            if (valid) {
                campaign.valid++;
            }
            int[] counts = campaign.byKind.computeIfAbsent(file.kind(), k -> new int[2]);
            counts[0]++;
            counts[1] += valid ? 1 : 0;
            if (cpu > campaign.slowestNanos) {
                campaign.slowestNanos = cpu;
                campaign.slowest = description;
            }
        }
    }

    private static void check(Commands campaign, String description, String what, boolean ok) {
        if (!ok) {
            synchronized (campaign) {
                campaign.failures.add(description + ": " + what);
            }
        }
    }

    /** Nothing from the file acts on the terminal; messages are one line, short, and in Kickoff's words. */
    private static void shownSafely(Commands campaign, String description, Run run) {
        String all = run.out() + run.err();
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            boolean kept = c == '\n' || c == '\t' || c == '\r' && i + 1 < all.length() && all.charAt(i + 1) == '\n';
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT && c != '\u200C' && c != '\u200D'
                    || Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < all.length()
                    && Character.isLowSurrogate(all.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(all.charAt(i - 1)));
            if (hidden && !kept) {
                check(campaign, description, String.format("raw U+%04X in the output", (int) c), false);
                return;
            }
        }
        for (String line : run.err().split("\\R")) {
            check(campaign, description, "a message of " + line.length() + " characters",
                    line.length() <= org.kickoff.i18n.VisibleText.MAX_MESSAGE);
            for (String internal : INTERNALS) {
                check(campaign, description, "\"" + internal + "\" in " + line, !line.contains(internal));
            }
        }
    }

    /**
     * Named pipes, sockets, devices, folders and links that lead nowhere, given to every command as input
     * and output: refused at once, with a message, and nothing replaced.
     */
    @Test
    void nonRegularFilesAreRefusedByEveryCommandAtOnce(@TempDir Path dir) throws Exception {
        Path good = Files.write(dir.resolve("good.kickoff"), Fixtures.resource("/examples/example.kickoff"));
        List<Path> odd = new ArrayList<>();
        odd.add(Files.createDirectory(dir.resolve("folder.kickoff")));
        odd.add(Files.createSymbolicLink(dir.resolve("nowhere.kickoff"), dir.resolve("missing.kickoff")));
        Path loop = dir.resolve("loop.kickoff");
        Files.createSymbolicLink(loop, dir.resolve("loop2.kickoff"));
        Files.createSymbolicLink(dir.resolve("loop2.kickoff"), loop);
        odd.add(loop);
        if (Files.exists(Path.of("/dev/zero"))) {
            odd.add(Path.of("/dev/zero"));
        }
        Path fifo = dir.resolve("fifo.kickoff");
        try {
            if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
                odd.add(fifo);
            }
        } catch (IOException e) {
            // no mkfifo here: the socket below is the non-regular file
        }
        Path socket = dir.resolve("socket.kickoff");
        try (java.nio.channels.ServerSocketChannel channel = java.nio.channels.ServerSocketChannel.open(
                java.net.StandardProtocolFamily.UNIX)) {
            channel.bind(java.net.UnixDomainSocketAddress.of(socket));
            odd.add(socket);
            String home = System.getProperty("kickoff.home");
            System.setProperty("kickoff.home", dir.resolve("home").toString());
            try {
                assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                    for (Path path : odd) {
                        String p = path.toString();
                        for (Run run : List.of(kickoff("validate", p), kickoff("export", p, "--format", "md", "-o", "-"),
                                kickoff("diff", good.toString(), p), kickoff("diff", p, good.toString()),
                                kickoff("merge", p, good.toString(), good.toString()),
                                kickoff("merge", good.toString(), good.toString(), p))) {
                            assertTrue(run.code() == 1 || run.code() == 2, p + ": " + run);
                            assertEquals(1, run.err().strip().lines().count(), p + ": " + run.err());
                            assertTrue(run.out().isEmpty(), p + ": " + run.out());
                        }
                    }
                    for (Path path : List.of(socket, fifo)) {
                        if (odd.contains(path)) {
                            Run export = kickoff("export", good.toString(), "--format", "html", "-o", path.toString());
                            assertEquals(1, export.code(), export.err());
                            assertFalse(Files.isRegularFile(path), "not replaced by a file: " + path);
                        }
                    }
                    Run merge = kickoff("merge", good.toString(), socket.toString(), good.toString());
                    assertEquals(2, merge.code());
                    assertFalse(Files.isRegularFile(socket));
                });
            } finally {
                if (home == null) {
                    System.clearProperty("kickoff.home");
                } else {
                    System.setProperty("kickoff.home", home);
                }
            }
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

    private static void deleteTree(Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
