package org.kickoff.app;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures start-up for the benchmark ({@code packaging/bench/startup.sh}): with
 * {@code -Dkickoff.startupProbe=true} (or {@code KICKOFF_STARTUP_PROBE=true}) it prints one line,
 * {@code kickoff-first-frame <ms since the process started> <epoch ms>}, as soon as a pulse has ended with
 * the scene showing what the caller waits for: that pulse's frame has then been handed to the renderer.
 * The check runs after the whole pulse, so work that other listeners do in the same pulse (a page filling
 * its viewport) counts. With {@code -Dkickoff.exitAfterFirstFrame=true} (or
 * {@code KICKOFF_STARTUP_PROBE=exit}) the application then quits: the benchmark and the class-data-sharing
 * training run of the build use this. The variable reaches a packaged launcher, whose Java options are
 * fixed.
 */
final class StartupProbe {

    static final String LINE = "kickoff-first-frame";
    private static final String VARIABLE = "KICKOFF_STARTUP_PROBE";

    private final Scene scene;
    private final Predicate<Scene> ready;
    private final Runnable listener = this::pulse;
    private boolean checking;
    private boolean done;

    private StartupProbe(Scene scene, Predicate<Scene> ready) {
        this.scene = scene;
        this.ready = ready;
    }

    static boolean enabled() {
        return Boolean.getBoolean("kickoff.startupProbe") || "true".equals(System.getenv(VARIABLE)) || exits();
    }

    private static boolean exits() {
        return Boolean.getBoolean("kickoff.exitAfterFirstFrame") || "exit".equals(System.getenv(VARIABLE));
    }

    /** Watches the scene's pulses until {@code ready} holds; does nothing unless the probe is enabled. */
    static void watch(Scene scene, Predicate<Scene> ready) {
        if (enabled()) {
            StartupProbe probe = new StartupProbe(scene, ready);
            scene.addPostLayoutPulseListener(probe.listener);
            Platform.requestNextPulse();
        }
    }

    private void pulse() {
        if (!checking && !done) {
            checking = true;
            // after this pulse, with everything its listeners did and its frame passed on
            Platform.runLater(this::check);
        }
    }

    private void check() {
        checking = false;
        if (done) {
            return;
        }
        if (!ready.test(scene)) {
            Platform.requestNextPulse();
            return;
        }
        done = true;
        scene.removePostLayoutPulseListener(listener);
        report();
    }

    private static void report() {
        Instant now = Instant.now();
        long sinceStart = ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, now).toMillis()).orElse(-1L);
        System.out.println(LINE + " " + sinceStart + " " + now.toEpochMilli());
        if (exits()) {
            Platform.exit();
        }
    }
}
