package org.kickoff.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the composition root of the window. */
public final class KickoffApp extends Application {

    static void launchWindow(String[] args) {
        Application.launch(KickoffApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Kickoff");
        stage.setScene(new Scene(new Label("Kickoff"), 800, 600));
        stage.show();
    }
}
