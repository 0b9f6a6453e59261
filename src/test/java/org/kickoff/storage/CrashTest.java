package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.domain.ProblemException;

/**
 * Kills a process that saves a project in a loop ({@link CrashChild}) with SIGKILL at random moments, at
 * least 200 times, and checks after every kill: the project file is complete and holds the version that
 * was last saved or the one being saved; the recovery copy holds every edit whose copy was written;
 * nothing is left that could be taken for the project; the stale lock is taken over by the next start.
 * The kill delays come from a fixed seed. More kills: {@code -Dkickoff.crash.kills=1000}.
 */
@org.junit.jupiter.api.Tag("slow")
class CrashTest {

    static final long SEED = 20261129L;
    static final int KILLS = Integer.getInteger("kickoff.crash.kills", 200);
    /** Two children at a time: starting a JVM is most of the cost, and the machines have two cores. */
    static final int LANES = Integer.getInteger("kickoff.crash.lanes", 2);
    /** The kill comes this long (at most) after the child has started editing. */
    static final int MAX_DELAY_MILLIS = 150;

    private final Map<String, Integer> killedDuring = Collections.synchronizedMap(new TreeMap<>());
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private int versionsWritten;
    private long startNanos;
    private int leftoverTemporaryFiles;

    @Test
    void aKilledSaveNeverDamagesTheFileOrLosesRecoveredWork(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(java()), "needs the java launcher of this JDK");
        List<String> classpath = classpath(dir);
        List<String> jvm = jvmOptions(dir, classpath);
        boolean archived = jvm.stream().anyMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
        long start = System.nanoTime();
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        List<Future<?>> done = new ArrayList<>();
        for (int lane = 0; lane < LANES; lane++) {
            int kills = KILLS / LANES + (lane < KILLS % LANES ? 1 : 0);
            Path laneDir = Files.createDirectories(dir.resolve("lane-" + lane));
            Random random = new Random(SEED + lane);
            done.add(lanes.submit(() -> {
                runLane(laneDir, jvm, kills, random);
                return null;
            }));
        }
        for (Future<?> lane : done) {
            lane.get();
        }
        lanes.shutdown();
        String summary = String.format("crash test: %d kills in %.1f s (%d at a time; %.0f ms from start to "
                + "first edit on average; class-data archive %s), %d versions written, killed during %s, "
                + "%d temporary files left by kills (hidden; all removed by later saves and starts), %d failures",
                KILLS, (System.nanoTime() - start) / 1e9, LANES, startNanos / 1e6 / KILLS,
                archived ? "used" : "not available", versionsWritten, killedDuring, leftoverTemporaryFiles,
                failures.size());
        System.out.println(summary);
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())), summary);
        assertEquals(KILLS, killedDuring.values().stream().mapToInt(Integer::intValue).sum(), summary);
    }

    private void runLane(Path dir, List<String> jvm, int kills, Random random) throws Exception {
        Path project = dir.resolve("crash.kickoff");
        Path data = dir.resolve("data");
        ProjectFiles files = new ProjectFiles();
        files.save(project, CrashChild.version(CrashChild.questionnaire(), 0), CrashChild.questionnaire());
        int next = 0;
        int onDisk = 0;
        for (int kill = 0; kill < kills; kill++) {
            Path log = dir.resolve("log-" + kill + ".txt");
            Path errors = dir.resolve("errors-" + kill + ".txt");
            List<String> command = new ArrayList<>(jvm);
            command.addAll(List.of(CrashChild.class.getName(), project.toString(), data.toString(), log.toString(),
                    String.valueOf(next)));
            Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(errors.toFile())
                    .start();
            String where = "kill " + kill + " in " + dir.getFileName();
            try {
                long started = System.nanoTime();
                waitForFirstEdit(child, log);
                synchronized (this) {
                    startNanos += System.nanoTime() - started;
                }
                Thread.sleep(random.nextInt(MAX_DELAY_MILLIS + 1));
                if (!child.isAlive()) {
                    failures.add(where + ": the child ended by itself (" + child.exitValue() + "): "
                            + Files.readString(errors) + Files.readString(log));
                    return;
                }
            } finally {
                // SIGKILL on Linux and macOS: no shutdown hooks, no finally blocks, no flushing
                child.destroyForcibly();
                child.waitFor();
            }
            int[] state = check(where, project, data, Files.readAllLines(log), onDisk);
            onDisk = state[0];
            next = state[1] + 1;
            Files.delete(log);
        }
        checkTidiedUp(dir, project, next);
    }

    /**
     * Checks the state a kill left, given the version the file held before the child started; returns the
     * version on disk now and the highest version the child had begun.
     */
    private int[] check(String where, Path project, Path data, List<String> lines, int before) {
        Log log = Log.of(lines);
        killedDuring.merge(log.phase(), 1, Integer::sum);
        synchronized (this) {
            versionsWritten += log.written;
        }
        int onDisk = -1;
        try {
            onDisk = CrashChild.versionOf(new ProjectFiles().open(project));
        } catch (ProblemException e) {
            failures.add(where + ": the project file does not open: " + e.problems() + " after " + log);
        }
        int saved = log.last('W') >= 0 ? log.last('W') : before;
        boolean saving = log.last('S') > log.last('W');
        if (onDisk != saved && !(saving && onDisk == log.last('S'))) {
            failures.add(where + ": the file holds version " + onDisk + ", not " + saved
                    + (saving ? " or " + log.last('S') : "") + ", after " + log);
        }

        RecoveryStore store = new RecoveryStore(data.resolve("recovery"), AppInstance.current("test"));
        List<RecoveryCopy> copies = store.leftovers();
        int recovered = -1;
        if (copies.size() > 1) {
            failures.add(where + ": " + copies.size() + " recovery copies");
        }
        for (RecoveryCopy copy : copies) {
            try {
                recovered = Math.max(recovered, CrashChild.versionOf(store.restore(copy)));
            } catch (ProblemException e) {
                failures.add(where + ": the recovery copy does not open: " + e.problems());
            }
            store.discard(copy);
        }
        boolean writingCopy = log.last('E') > log.last('R');
        if (!copies.isEmpty() && recovered != log.last('R') && !(writingCopy && recovered == log.last('E'))) {
            failures.add(where + ": the recovery copy holds version " + recovered + " after " + log);
        }
        if (Math.max(onDisk, recovered) < log.last('R')) {
            failures.add(where + ": edit " + log.last('R') + " was lost: file " + onDisk + ", copy " + recovered
                    + " after " + log);
        }
        checkFiles(where, project.getParent(), project);
        checkBackups(where, data.resolve("backups"));
        return new int[] {onDisk, Math.max(log.last('E'), onDisk)};
    }

    /**
     * Only the expected files anywhere: beside the project, the project and its (stale) lock; the recovery
     * copies, backups and their notes in the data folder; and hidden temporary files of writes cut short,
     * which are counted and aged so that later saves (and the listing of recovery copies) must remove them.
     */
    private void checkFiles(String where, Path lane, Path project) {
        Path data = lane.resolve("data");
        try (Stream<Path> all = Files.walk(lane)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (AtomicFile.isTemporary(name)) {
                    synchronized (this) {
                        leftoverTemporaryFiles++;
                    }
                    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
                } else if (!(file.equals(project) || file.equals(ProjectLocks.lockFileOf(project))
                        || file.startsWith(data.resolve("recovery")) && name.endsWith(RecoveryStore.SUFFIX)
                        || file.startsWith(data.resolve("backups"))
                            && (name.endsWith(ProjectFiles.EXTENSION) || name.equals(Backups.ORIGIN_NOTE))
                        || file.getParent().equals(lane) && (name.startsWith("log-") || name.startsWith("errors-")))) {
                    failures.add(where + ": unexpected file " + lane.relativize(file));
                }
            }
        } catch (IOException e) {
            failures.add(where + ": " + e);
        }
    }

    /** After the last kill: a save, a start (listing recovery copies, taking the lock) leave nothing behind. */
    private void checkTidiedUp(Path lane, Path project, int version) throws Exception {
        Path data = lane.resolve("data");
        AppInstance instance = AppInstance.current("test");
        new RecoveryStore(data.resolve("recovery"), instance).leftovers();
        try (ProjectLocks locks = new ProjectLocks(instance)) {
            if (!(locks.acquire(project) instanceof LockResult.Acquired)) {
                failures.add(lane.getFileName() + ": the lock of the killed child was not taken over");
            }
            new ProjectFiles(new Backups(data.resolve("backups"))).save(project,
                    CrashChild.version(CrashChild.questionnaire(), version), CrashChild.questionnaire());
        }
        try (Stream<Path> all = Files.walk(lane)) {
            for (Path file : all.filter(f -> AtomicFile.isTemporary(f.getFileName().toString())).toList()) {
                failures.add(lane.getFileName() + ": a temporary file was not removed: " + lane.relativize(file));
            }
        }
    }

    private void checkBackups(String where, Path backups) {
        if (!Files.isDirectory(backups)) {
            return;
        }
        try (Stream<Path> all = Files.walk(backups)) {
            for (Path backup : all.filter(p -> p.toString().endsWith(ProjectFiles.EXTENSION)
                    && !AtomicFile.isTemporary(p.getFileName().toString())).toList()) {
                new ProjectFiles().open(backup);
            }
        } catch (IOException | ProblemException e) {
            failures.add(where + ": a backup is damaged: " + e);
        }
    }

    /** What the child had begun and finished, by step: E edit, R recovery copy, S save, W saved, C cleared. */
    private record Log(Map<Character, Integer> last, String lastLine, int written) {

        static Log of(List<String> lines) {
            Map<Character, Integer> last = new TreeMap<>();
            String lastLine = "";
            int written = 0;
            for (String line : lines) {
                if (line.matches("[ERSWC] \\d+")) {
                    last.put(line.charAt(0), Integer.parseInt(line.substring(2)));
                    lastLine = line;
                    written += line.charAt(0) == 'R' || line.charAt(0) == 'W' ? 1 : 0;
                }
            }
            return new Log(last, lastLine, written);
        }

        int last(char step) {
            return last.getOrDefault(step, -1);
        }

        String phase() {
            return switch (lastLine.isEmpty() ? ' ' : lastLine.charAt(0)) {
                case 'E' -> "recovery write";
                case 'S' -> "save";
                case 'W' -> "clearing the copy";
                case 'R', 'C' -> "between writes";
                default -> "start";
            };
        }

        @Override
        public String toString() {
            return "log " + last + " ending " + lastLine;
        }
    }

    private static void waitForFirstEdit(Process child, Path log) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end && child.isAlive()) {
            if (Files.exists(log) && Files.size(log) > 0) {
                return;
            }
            Thread.sleep(2);
        }
    }

    private static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * A small, fast-starting child: serial GC, the quick compiler only, and a class-data archive recorded by
     * a warm-up run (which halves the start-up time); the archive needs jars, so the classes are packed.
     */
    private static List<String> jvmOptions(Path dir, List<String> classpath) throws Exception {
        String path = String.join(java.io.File.pathSeparator, classpath);
        List<String> base = List.of(java().toString(), "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:CICompilerCount=1", "-XX:-UsePerfData", "-Xshare:auto", "-cp", path);
        Path archive = dir.resolve("child.jsa");
        Path warmUp = Files.createDirectories(dir.resolve("warm-up"));
        List<String> record = new ArrayList<>(base);
        record.add(1, "-XX:ArchiveClassesAtExit=" + archive);
        record.addAll(List.of(CrashChild.class.getName(), warmUp.resolve("w.kickoff").toString(),
                warmUp.resolve("data").toString(), warmUp.resolve("log.txt").toString(), "0", "warm-up"));
        Process process = new ProcessBuilder(record).redirectErrorStream(true)
                .redirectOutput(warmUp.resolve("out.txt").toFile()).start();
        process.waitFor();
        List<String> options = new ArrayList<>(base);
        if (process.exitValue() == 0 && Files.exists(archive)) {
            options.add(1, "-XX:SharedArchiveFile=" + archive);
        }
        return options;
    }

    private static List<String> classpath(Path dir) throws IOException, URISyntaxException {
        Path jar = dir.resolve("kickoff-crash-child.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> type : List.of(ProjectFiles.class, CrashChild.class)) {
                Path root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        out.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
                        Files.copy(file, out);
                        out.closeEntry();
                    }
                }
            }
        }
        List<String> classpath = new ArrayList<>(List.of(jar.toString()));
        for (Class<?> type : List.of(ObjectMapper.class, JsonFactory.class, JsonAutoDetect.class)) {
            classpath.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return classpath;
    }
}
