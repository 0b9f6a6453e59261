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
 * training run of the build use this; if no such frame comes within a minute it prints
 * {@code kickoff-no-first-frame} and quits all the same, with exit status 1. The variable reaches a packaged launcher, whose
 * Java options are fixed.
 */
final class StartupProbe {

    static final String LINE = "kickoff-first-frame";
    static final String NO_FRAME_LINE = "kickoff-no-first-frame";
    private static final int GIVE_UP_SECONDS = 60;
    private static final String VARIABLE = "KICKOFF_STARTUP_PROBE";

    private final Scene scene;
    private final Predicate<Scene> ready;
    private final Runnable listener = this::pulse;
    private boolean checking;
    private volatile boolean done;

    private StartupProbe(Scene scene, Predicate<Scene> ready) {
        this.scene = scene;
        this.ready = ready;
    }

    static boolean enabled() {
        return Boolean.getBoolean("kickoff.startupProbe") || "true".equals(System.getenv(VARIABLE)) || exits();
    }

    static boolean exits() {
        return Boolean.getBoolean("kickoff.exitAfterFirstFrame") || "exit".equals(System.getenv(VARIABLE));
    }

    /** Watches the scene's pulses until {@code ready} holds; does nothing unless the probe is enabled. */
    static void watch(Scene scene, Predicate<Scene> ready) {
        if (enabled()) {
            StartupProbe probe = new StartupProbe(scene, ready);
            scene.addPostLayoutPulseListener(probe.listener);
            Platform.requestNextPulse();
            if (exits()) {
                probe.giveUpLater();
            }
        }
    }

    /**
     * A start that never gets there (a project that cannot be read, say) must not keep a benchmark or the
     * build's training run waiting. A plain thread, not an animation: a running animation would ask for a
     * pulse every frame and change what is measured. System.exit, not Platform.exit: a dialog may be open,
     * and leaving its nested event loop that way crashed GTK's glass.
     */
    private void giveUpLater() {
        Thread limit = new Thread(() -> {
            try {
                Thread.sleep(GIVE_UP_SECONDS * 1000L);
            } catch (InterruptedException e) {
                return;
            }
            if (!done) {
                System.out.println(NO_FRAME_LINE);
                System.exit(1);
            }
        }, "kickoff-startup-probe-limit");
        limit.setDaemon(true);
        limit.start();
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
            // what it waits for changes the scene, and so comes with a pulse
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
