package org.kickoff.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.i18n.Messages;
import org.kickoff.report.Document;
import org.kickoff.report.ExportFormat;
import org.kickoff.report.ExportOptions;
import org.kickoff.report.PaperSize;
import org.kickoff.report.Summary;
import org.kickoff.storage.ProjectFileReader;
import org.kickoff.storage.QuestionnaireReader;

/**
 * How long the meeting brief and the full record of the example project take as PDF, and how many pages each
 * has: cold ({@code java -jar JAR export ... --format pdf --document brief|full}, a fresh JVM each time, as a
 * user runs it) and warm (in one JVM after three warm-ups, the project read and the summary built each time).
 * Each jar given is measured in turn, round after round, so that all see the machine in the same mood; the
 * first is the baseline of the ratios. A command, not a test; build the jars first
 * ({@code mvn -q -o -DskipTests package -Dcds.skip=true}):
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.kickoff.bench.PdfDocumentBenchmark \
 *     -Dexec.args="--jar before.jar --jar target/kickoff.jar"</pre>
 *
 * Arguments: {@code --jar PATH} (repeatable; default target/kickoff.jar), {@code --project FILE} (default
 * resources/examples/example.kickoff), {@code --reps N} rounds of cold runs (default 5), {@code --warm N} timed
 * exports per warm JVM (default 7). The warm runs use this class on the jar's class path, so an older build is
 * measured with its own exporter.
 */
public final class PdfDocumentBenchmark {

    private static final int WARMUPS = 3;

    private PdfDocumentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--warm-child")) {
            warmChild(Path.of(args[1]), Document.byName(args[2]).orElseThrow(), Integer.parseInt(args[3]));
            return;
        }
        List<String> jars = all(args, "--jar");
        if (jars.isEmpty()) {
            jars = List.of("target/kickoff.jar");
        }
        Path project = Path.of(one(args, "--project", "resources/examples/example.kickoff"));
        int reps = Integer.parseInt(one(args, "--reps", "5"));
        int warm = Integer.parseInt(one(args, "--warm", "7"));
        Path dir = Files.createTempDirectory("kickoff-pdf-documents");
        System.out.printf(Locale.ROOT, "PDF of %s, English, A4: cold = fresh JVM per export (median of %d), "
                + "warm = one JVM, %d warm-ups, median of %d; Java %s, %d processors%n", project.getFileName(), reps,
                WARMUPS, warm, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        Map<String, List<Double>> cold = new LinkedHashMap<>();
        Map<String, List<Double>> hot = new LinkedHashMap<>();
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (int rep = 0; rep < reps; rep++) {
            for (Document document : Document.values()) {
                for (String jar : jars) {
                    String key = key(jar, document);
                    Path out = dir.resolve(rep + "-" + document.id() + "-" + jars.indexOf(jar) + ".pdf");
                    cold.computeIfAbsent(key, k -> new ArrayList<>()).add(cold(jar, project, document, out, dir));
                    pages.put(key, pages(out));
                    // one warm JVM per jar and document in the first round only: it takes its own median
                    if (rep == 0) {
                        hot.put(key, warm(jar, project, document, warm));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-8s %-36s %10s %8s %10s %8s %6s%n", "document", "build", "cold", "ratio",
                "warm", "ratio", "pages");
        for (Document document : Document.values()) {
            double coldBase = median(cold.get(key(jars.get(0), document)));
            double warmBase = median(hot.get(key(jars.get(0), document)));
            for (String jar : jars) {
                String key = key(jar, document);
                double c = median(cold.get(key));
                double w = median(hot.get(key));
                System.out.printf(Locale.ROOT, "%-8s %-36s %8.2f s %7.2fx %7.0f ms %7.2fx %6d%n", document.id(),
                        shorten(jar), c, c / coldBase, w, w / warmBase, pages.get(key));
            }
        }
    }

    /** Seconds of one {@code kickoff export} in a fresh JVM. */
    private static double cold(String jar, Path project, Document document, Path out, Path dir) throws Exception {
        List<String> command = List.of(java(), "-Djava.awt.headless=true", "-Dkickoff.home=" + dir.resolve("home"),
                "-jar", jar, "export", project.toString(), "--format", "pdf", "--document", document.id(),
                "--lang", "en", "--paper", "a4", "-o", out.toString());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("export did not end in 300 s: " + command);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("export failed (" + process.exitValue() + "): " + command);
        }
        return seconds;
    }

    /** The milliseconds of each timed export in a JVM of the jar and this class. */
    private static List<Double> warm(String jar, Path project, Document document, int reps) throws Exception {
        Path self = Path.of(PdfDocumentBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> command = List.of(java(), "-Djava.awt.headless=true", "-cp",
                jar + java.io.File.pathSeparator + self, PdfDocumentBenchmark.class.getName(), "--warm-child",
                project.toString(), document.id(), String.valueOf(reps));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<Double> times = new ArrayList<>();
        List<String> other = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("ms ")) {
                    times.add(Double.parseDouble(line.substring(3)));
                } else {
                    other.add(line);
                }
            }
        }
        if (process.waitFor() != 0 || times.size() != reps) {
            throw new IllegalStateException("warm run failed: " + command + "\n" + String.join("\n", other));
        }
        return times;
    }

    /** In the child JVM: the project read, the summary built and the PDF written, timed after warm-ups. */
    private static void warmChild(Path file, Document document, int reps) throws Exception {
        Questionnaire questionnaire = new QuestionnaireReader().builtIn();
        byte[] bytes = Files.readAllBytes(file);
        ExportOptions options = new ExportOptions(PaperSize.A4, document);
        for (int i = 0; i < WARMUPS + reps; i++) {
            long start = System.nanoTime();
            Project project = new ProjectFileReader().read(bytes);
            Summary summary = Summary.of(questionnaire, project, Messages.forLanguage("en"), LocalDate.of(2026, 11, 20));
            byte[] pdf = ExportFormat.PDF.exporter().export(summary, options);
            double ms = (System.nanoTime() - start) / 1e6;
            if (pdf.length == 0) {
                throw new IllegalStateException("empty PDF");
            }
            if (i >= WARMUPS) {
                System.out.println("ms " + ms);
            }
        }
    }

    private static int pages(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String key(String jar, Document document) {
        return jar + "|" + document.id();
    }

    private static String shorten(String jar) {
        return jar.length() <= 36 ? jar : "…" + jar.substring(jar.length() - 35);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String one(String[] args, String name, String fallback) {
        List<String> values = all(args, name);
        return values.isEmpty() ? fallback : values.get(values.size() - 1);
    }

    private static List<String> all(String[] args, String name) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                values.add(args[++i]);
            }
        }
        return values;
    }
}
