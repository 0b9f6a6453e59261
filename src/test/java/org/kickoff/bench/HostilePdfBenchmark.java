package org.kickoff.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kickoff.Fixtures;

/**
 * How long {@code kickoff export} takes to make the PDF of hostile files (issue 11): each file in a fresh
 * JVM with -Xmx256m, as a user runs the command, interleaved with the example project as the baseline of
 * the same moment (the machine is shared and noisy), medians printed with their ratio to the baseline. A
 * command, not a test:
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.kickoff.bench.HostilePdfBenchmark</pre>
 *
 * Arguments (via {@code -Dexec.args="..."}): {@code --reps N} (default 3), {@code --timeout S} (a run is
 * killed after S seconds, default 120), {@code --jar PATH} (run another build, e.g. an older one, instead
 * of this class path).
 */
public final class HostilePdfBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HostilePdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int reps = Integer.parseInt(arg(args, "--reps", "3"));
        int timeout = Integer.parseInt(arg(args, "--timeout", "120"));
        String jar = arg(args, "--jar", null);
        Path dir = Files.createTempDirectory("kickoff-pdf-bench");
        Map<String, Path> cases = cases(dir);
        System.out.printf(Locale.ROOT, "PDF export of hostile files: fresh JVM each, -Xmx256m, %d runs each, %s%n",
                reps, jar == null ? "this build" : jar);
        System.out.printf(Locale.ROOT, "%-34s %9s %10s %8s %s%n", "file", "size", "median", "ratio", "exit codes");
        List<Double> baseline = new ArrayList<>();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, List<Integer>> codes = new LinkedHashMap<>();
        for (int rep = 0; rep < reps; rep++) {
            for (Map.Entry<String, Path> entry : cases.entrySet()) {
                // the baseline before each case, so that both see the machine in the same mood
                baseline.add(export(jar, cases.get("example (baseline)"), dir, timeout)[0]);
                double[] run = export(jar, entry.getValue(), dir, timeout);
                times.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(run[0]);
                codes.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add((int) run[1]);
            }
        }
        double base = median(baseline);
        for (Map.Entry<String, Path> entry : cases.entrySet()) {
            double median = median(times.get(entry.getKey()));
            System.out.printf(Locale.ROOT, "%-34s %7d KB %8.1f s %7.1fx %s%n", entry.getKey(),
                    Files.size(entry.getValue()) / 1024, median, median / base, codes.get(entry.getKey()));
        }
        System.out.printf(Locale.ROOT, "baseline (the example, %d runs): median %.1f s; exit 124 = killed after %d s%n",
                baseline.size(), base, timeout);
    }

    /** The files: the cases, and the worst that Kickoff accepts, each near one of its limits. */
    private static Map<String, Path> cases(Path dir) throws Exception {
        Map<String, Path> cases = new LinkedHashMap<>();
        cases.put("example (baseline)", write(dir, "example", example()));
        ObjectNode word = example();
        note(word, "business.value", "x".repeat(200_000));
        cases.put("note: one word of 200,000", write(dir, "word200k", word));
        ObjectNode million = example();
        note(million, "business.value", "x".repeat(999_000));
        cases.put("note: one word of 999,000", write(dir, "word999k", million));
        ObjectNode entries = example();
        ArrayNode rows = ((ObjectNode) entries.get("answers").get("business.use-cases")).putArray("entries");
        for (int i = 0; i < 100_000; i++) {
            rows.addObject().put("name", "n" + i).put("description", "d");
        }
        cases.put("100,000 list entries (refused)", write(dir, "entries100k", entries));
        ObjectNode authors = example();
        ArrayNode names = ((ObjectNode) authors.get("project")).putArray("authors");
        for (int i = 0; i < 200_000; i++) {
            names.add("a" + i);
        }
        cases.put("200,000 authors (refused)", write(dir, "authors200k", authors));
        ObjectNode notes = example();
        int n = 0;
        for (var answer : notes.get("answers")) {
            if (n++ < 16) {
                ((ObjectNode) answer).put("note", "lorem ipsum dolor sit amet ".repeat(37_000).substring(0, 999_000));
            }
        }
        cases.put("16 notes of 999,000 (16 MB)", write(dir, "notes16m", notes));
        ObjectNode longRows = example();
        ArrayNode wide = ((ObjectNode) longRows.get("answers").get("business.use-cases")).putArray("entries");
        for (int i = 0; i < 1_000; i++) {
            wide.addObject().put("name", "n" + i + "x".repeat(5_000)).put("description", "word ".repeat(1_000));
        }
        cases.put("1,000 entries of 10,000 characters", write(dir, "entries1000", longRows));
        ObjectNode people = example();
        ArrayNode many = ((ObjectNode) people.get("project")).putArray("authors");
        for (int i = 0; i < 1_000; i++) {
            many.add("a" + i + "y".repeat(10_000));
        }
        cases.put("1,000 authors of 10,000 characters", write(dir, "authors1000", people));
        cases.put("5,000 questions answered (16 MB)", write(dir, "big5000", big(5_000, 400, 200)));
        cases.put("2,000 questions, short answers", write(dir, "legit2000", big(2_000, 16, 3)));
        return cases;
    }

    private static ObjectNode example() throws Exception {
        return (ObjectNode) JSON.readTree(Fixtures.resource("/examples/example.kickoff"));
    }

    private static void note(ObjectNode project, String id, String note) {
        ((ObjectNode) project.get("answers").get(id)).put("note", note);
    }

    /** A project of a generated questionnaire it carries, every question answered with words. */
    private static ObjectNode big(int questions, int answerWords, int noteWords) {
        ObjectNode questionnaire = JSON.createObjectNode().put("format", "kickoff-questionnaire").put("formatVersion", 1)
                .put("id", "big-q").put("version", "1.0.0");
        questionnaire.putArray("languages").add("en");
        questionnaire.putObject("title").put("en", "Big");
        ArrayNode topics = questionnaire.putArray("topics");
        ObjectNode answers = JSON.createObjectNode();
        int perTopic = 100;
        for (int t = 0; t * perTopic < questions; t++) {
            ObjectNode topic = topics.addObject().put("id", "t" + t);
            topic.putObject("title").put("en", "Topic " + t);
            ArrayNode list = topic.putArray("questions");
            for (int q = 0; q < perTopic && t * perTopic + q < questions; q++) {
                String id = "t" + t + ".q" + q;
                ObjectNode question = list.addObject().put("id", id).put("type", "longtext");
                question.putObject("text").put("en", "Question " + q + " of topic " + t + ", worded as questions are");
                question.putObject("guidance").put("en", "Guidance");
                answers.putObject(id).put("status", "answered").put("text", "text ".repeat(answerWords).strip())
                        .put("note", "note ".repeat(noteWords).strip());
            }
        }
        ObjectNode project = JSON.createObjectNode().put("format", "kickoff-project").put("formatVersion", "1.1");
        project.putObject("questionnaire").put("id", "big-q").put("version", "1.0.0");
        project.putObject("project").put("name", "Big");
        project.set("answers", answers);
        project.set("embeddedQuestionnaire", questionnaire);
        return project;
    }

    private static Path write(Path dir, String name, ObjectNode tree) throws Exception {
        return Files.write(dir.resolve(name + ".kickoff"), JSON.writeValueAsBytes(tree));
    }

    /** Seconds and exit code of one {@code kickoff export} to PDF; 124 when it had to be killed. */
    private static double[] export(String jar, Path file, Path dir, int timeout) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-Djava.awt.headless=true",
                "-Dkickoff.home=" + dir.resolve("home")));
        if (jar == null) {
            command.addAll(List.of("-cp", classPath(), "org.kickoff.app.Main"));
        } else {
            command.addAll(List.of("-jar", jar));
        }
        command.addAll(List.of("export", file.toString(), "--paper", "a4", "-o", dir.resolve("out.pdf").toString()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean done = process.waitFor(timeout, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly().waitFor();
        }
        return new double[] {(System.nanoTime() - start) / 1e9, done ? process.exitValue() : 124};
    }

    /** This build's class path; under exec:java, that of the class loader Maven made for the project. */
    private static String classPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof java.net.URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (java.net.URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(java.io.File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
