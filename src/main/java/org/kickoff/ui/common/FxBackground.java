package org.kickoff.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/** Runs work in a {@link Task} on a daemon thread; results and errors come back on the JavaFX thread. */
public final class FxBackground implements Background {

    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "kickoff-background");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private int running;

    /** True while any work runs; the window shows a progress indicator. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        changeRunning(+1);
        task.setOnSucceeded(e -> {
            changeRunning(-1);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            changeRunning(-1);
            Throwable error = task.getException();
            onFailure.accept(error instanceof Exception ex ? ex : new RuntimeException(error));
        });
        executor.execute(task);
    }

    private void changeRunning(int delta) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> changeRunning(delta));
            return;
        }
        running += delta;
        busy.set(running > 0);
    }

    public void shutdown() {
        executor.shutdown();
    }
}
