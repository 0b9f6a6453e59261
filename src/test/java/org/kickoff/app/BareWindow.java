package org.kickoff.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up benchmark's baseline: a bare JavaFX window with one label, reporting its first frame through
 * the same {@link StartupProbe} as Kickoff. Not a test; {@code packaging/bench/startup.sh} starts it.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The JavaFX application; kept apart so that the main class need not extend {@code Application}. */
    public static final class App extends Application {

        @Override
        public void start(Stage stage) {
            Label label = new Label("Kickoff");
            label.setId("bare-label");
            Scene scene = new Scene(label, 1280, 800);
            stage.setScene(scene);
            stage.setTitle("Bare JavaFX window");
            stage.show();
            StartupProbe.watch(scene, s -> s.lookup("#bare-label") != null);
        }
    }
}
