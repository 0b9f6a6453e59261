package org.kickoff.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: hands the stage to the composition root. */
public final class KickoffApp extends Application {

    static void launchWindow(String[] args) {
        Application.launch(KickoffApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Kickoff.start(stage, Kickoff.Options.defaults(getParameters().getRaw()));
    }
}
