package org.kickoff.bench;

import static org.kickoff.bench.InteractionBenchmark.fx;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.kickoff.app.Kickoff;
import org.kickoff.report.Document;
import org.kickoff.report.ExportFormat;
import org.kickoff.report.PaperSize;
import org.kickoff.storage.AppFolders;
import org.kickoff.ui.summary.ExportViewModel;

/**
 * How long the first PDF export after a start takes in the window: a fresh JVM shows the window with the example
 * project, stays idle for a moment after its first frame, as a user reading the page, then exports the summary
 * (the meeting brief or the full record) as PDF; the time is from the command to the file written. Each round
 * starts one JVM with the PDF engine's warm-up off ({@code -Dkickoff.pdfWarmUp=false}, the baseline) and one with
 * it on, alternately, so that both see the machine in the same mood; prints the medians and their ratio. A
 * command, not a test: {@code packaging/bench/export-after-start.sh} runs it with the README's JVM options.
 *
 * <p>Arguments: {@code --rounds N} (default 7), {@code --idle MS} after the first frame (default 3000),
 * {@code --document brief|full} (default brief), {@code --project FILE} (default the example). Headless with
 * Monocle, software rendering.
 */
public final class ExportAfterStartBenchmark {

    private ExportAfterStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(Path.of(args[1]), Long.parseLong(args[2]), Document.byName(args[3]).orElseThrow());
            return;
        }
        int rounds = Integer.parseInt(arg(args, "--rounds", "7"));
        long idle = Long.parseLong(arg(args, "--idle", "3000"));
        String document = arg(args, "--document", "brief");
        Path project = Path.of(arg(args, "--project", "resources/examples/example.kickoff")).toAbsolutePath();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        times.put("warm-up off", new ArrayList<>());
        times.put("warm-up on", new ArrayList<>());
        System.out.printf(Locale.ROOT, "First PDF export in the window after a start: %s, %s, idle %d ms after the "
                + "first frame, %d rounds; JVM options: %s%n", project.getFileName(), document, idle, rounds,
                jvmOptions());
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, List<Double>> mode : times.entrySet()) {
                double millis = runChild(project, idle, document, mode.getKey().endsWith("on"));
                mode.getValue().add(millis);
                System.err.printf(Locale.ROOT, "round %d, %s: %.0f ms%n", round, mode.getKey(), millis);
            }
        }
        System.out.printf(Locale.ROOT, "%-14s %8s %8s %8s%n", "", "median", "min", "max");
        for (Map.Entry<String, List<Double>> mode : times.entrySet()) {
            List<Double> sorted = mode.getValue().stream().sorted().toList();
            System.out.printf(Locale.ROOT, "%-14s %8.0f %8.0f %8.0f%n", mode.getKey(), median(sorted), sorted.get(0),
                    sorted.get(sorted.size() - 1));
        }
        System.out.printf(Locale.ROOT, "ratio of the medians, on / off: %.2fx%n",
                median(times.get("warm-up on").stream().sorted().toList())
                        / median(times.get("warm-up off").stream().sorted().toList()));
    }

    private static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-Dkickoff.pdfWarmUp")).toList();
    }

    private static double runChild(Path project, long idle, String document, boolean warmUp) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        command.add("-Dkickoff.pdfWarmUp=" + warmUp);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ExportAfterStartBenchmark.class.getName());
        command.addAll(List.of("--child", project.toString(), String.valueOf(idle), document));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("export-ms ")) {
                    result = line.substring("export-ms ".length());
                }
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS) || result == null) {
            process.destroyForcibly();
            throw new IllegalStateException("the child run gave no time (exit " + process.exitValue() + ")");
        }
        return Double.parseDouble(result);
    }

    /** One start: the window, the idle moment, one export, the time on standard output. */
    private static void child(Path project, long idle, Document document) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Path home = Files.createTempDirectory("kickoff-bench-home");
        Path work = Files.createTempDirectory("kickoff-bench");
        Path copy = work.resolve("example.kickoff");
        try (InputStream in = Files.newInputStream(project)) {
            Files.copy(in, copy);
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        Kickoff kickoff = fx(() -> Kickoff.start(new Stage(), new Kickoff.Options(AppFolders.under(home),
                Clock.systemDefaultZone(), List.of(copy.toString()), real -> new BenchPrompts())));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!fx(() -> kickoff.shell().document().project() != null && !kickoff.shell().document().busyProperty().get())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the project did not open");
            }
            Thread.sleep(20);
        }
        // a rendered frame with the page, then the user reads
        fx(() -> null);
        Thread.sleep(idle);
        ExportViewModel export = kickoff.shell().export();
        Path target = work.resolve("summary.pdf");
        long start = System.nanoTime();
        fx(() -> {
            export.documentProperty().set(document);
            export.exportTo(target, ExportFormat.PDF, PaperSize.A4);
            return null;
        });
        while (fx(() -> export.exportingProperty().get())) {
            Thread.sleep(2);
        }
        long end = System.nanoTime();
        if (!Files.isRegularFile(target) || Files.size(target) < 1000) {
            throw new IllegalStateException("no PDF written");
        }
        System.out.printf(Locale.ROOT, "export-ms %.1f%n", (end - start) / 1e6);
        System.out.flush();
        System.exit(0);
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
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
