package org.kickoff.bench;

import com.sun.javafx.perf.PerformanceTracker;
import com.sun.javafx.tk.TKPulseListener;
import com.sun.javafx.tk.Toolkit;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Times an interaction from its input event to the rendered frame that shows its result.
 *
 * <p>How: the input is posted on the JavaFX thread (through the toolkit's robot, so that it goes through the
 * same event queue as a real key press or click) and the clock starts. After every pulse, once all scenes
 * have run their CSS, layout and post-layout listeners and have been copied to the render graph (a toolkit
 * listener that runs after the scenes' pulses, before the frame is handed to the renderer), each milestone's
 * condition is checked on the scene graph. The first pulse in which it holds is the one whose frame shows
 * it; the time is taken when the render thread reports that frame as rendered (the scene's performance
 * tracker, called after the frame is painted and presented). While a condition does not hold, a next pulse
 * is requested so that it is checked at every frame. Conditions are cheap lookups and run on the JavaFX
 * thread, in the measured time.
 *
 * <p>Uses two internal JavaFX hooks (com.sun.javafx.tk.Toolkit's post-scene pulse listener and
 * com.sun.javafx.perf.PerformanceTracker), reachable because JavaFX is on the class path.
 */
final class FrameClock {

    /** What a sample waits for: a name and a condition on the scene graph, checked after each pulse. */
    record Milestone(String name, BooleanSupplier reached) {
    }

    /** One measured interaction, in milliseconds per milestone, and whether some frame had to be assumed. */
    record Result(double[] millis, boolean frameAssumed) {
    }

    private static final long NO_FRAME = -1;
    /** When a condition holds but no frame follows (nothing changed on screen), the check time counts. */
    private static final long FRAME_GRACE_NANOS = 1_000_000_000L;

    private final Object lock = new Object();
    // guarded by lock
    private long frames;
    private Sample pending;
    // JavaFX thread only
    private Sample checking;
    /** Kept here: the toolkit holds its pulse listeners weakly. */
    private final TKPulseListener afterScenes = this::afterScenes;

    private final class Sample {
        final List<Milestone> milestones;
        final long[] targetFrame;
        final long[] seenAt;
        final long[] renderedAt;
        long start;

        Sample(List<Milestone> milestones) {
            this.milestones = milestones;
            targetFrame = new long[milestones.size()];
            seenAt = new long[milestones.size()];
            renderedAt = new long[milestones.size()];
            java.util.Arrays.fill(targetFrame, NO_FRAME);
        }

        boolean allSeen() {
            for (long t : targetFrame) {
                if (t == NO_FRAME) {
                    return false;
                }
            }
            return true;
        }

        boolean allRendered() {
            for (long t : renderedAt) {
                if (t == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Starts watching the scene's frames; call on the JavaFX thread. */
    FrameClock(Scene scene) {
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        tracker.setOnRenderedFrameTask(this::rendered);
        Toolkit.getToolkit().addPostSceneTkPulseListener(afterScenes);
    }

    /**
     * Posts the input on the JavaFX thread and waits until every milestone has been shown in a rendered
     * frame; returns the milliseconds from the input to each.
     */
    Result measure(Runnable input, List<Milestone> milestones, long timeoutMillis) throws InterruptedException {
        Sample sample = new Sample(milestones);
        Platform.runLater(() -> {
            synchronized (lock) {
                pending = sample;
            }
            checking = sample;
            sample.start = System.nanoTime();
            input.run();
            Platform.requestNextPulse();
        });
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        boolean assumed = false;
        synchronized (lock) {
            while (!sample.allRendered()) {
                long now = System.nanoTime();
                if (now > deadline) {
                    pending = null;
                    Platform.runLater(() -> checking = null);
                    throw new IllegalStateException("not shown within " + timeoutMillis + " ms: " + unseen(sample));
                }
                if (sample.allSeen() && now - latestSeen(sample) > FRAME_GRACE_NANOS) {
                    // seen, but no frame followed: the screen did not change; count the pulse that saw it
                    for (int i = 0; i < sample.renderedAt.length; i++) {
                        if (sample.renderedAt[i] == 0) {
                            sample.renderedAt[i] = sample.seenAt[i];
                            assumed = true;
                        }
                    }
                    break;
                }
                lock.wait(20);
            }
            pending = null;
        }
        double[] millis = new double[milestones.size()];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = (sample.renderedAt[i] - sample.start) / 1e6;
        }
        return new Result(millis, assumed);
    }

    private static long latestSeen(Sample sample) {
        long latest = 0;
        for (long t : sample.seenAt) {
            latest = Math.max(latest, t);
        }
        return latest;
    }

    private static String unseen(Sample sample) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < sample.milestones.size(); i++) {
            if (sample.targetFrame[i] == NO_FRAME) {
                names.append(names.isEmpty() ? "" : ", ").append(sample.milestones.get(i).name());
            }
        }
        return names.isEmpty() ? "(seen, but no frame rendered)" : names.toString();
    }

    /** After all scenes' pulses, before the frame goes to the renderer: what will that frame show? */
    private void afterScenes() {
        Sample sample = checking;
        if (sample == null) {
            return;
        }
        long now = System.nanoTime();
        synchronized (lock) {
            for (int i = 0; i < sample.milestones.size(); i++) {
                if (sample.targetFrame[i] == NO_FRAME && sample.milestones.get(i).reached().getAsBoolean()) {
                    // the previous frame is done (a scene waits for it before copying itself to the render
                    // graph), so the next frame rendered is this pulse's
                    sample.targetFrame[i] = frames + 1;
                    sample.seenAt[i] = now;
                }
            }
            lock.notifyAll();
        }
        if (sample.allSeen()) {
            checking = null;
        } else {
            Platform.requestNextPulse();
        }
    }

    /** On the render thread, after a frame of the scene has been painted and presented. */
    private void rendered() {
        long now = System.nanoTime();
        synchronized (lock) {
            frames++;
            Sample sample = pending;
            if (sample != null) {
                for (int i = 0; i < sample.targetFrame.length; i++) {
                    if (sample.targetFrame[i] != NO_FRAME && frames >= sample.targetFrame[i] && sample.renderedAt[i] == 0) {
                        sample.renderedAt[i] = now;
                    }
                }
                lock.notifyAll();
            }
        }
    }
}
