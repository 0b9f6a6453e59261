package org.kickoff.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: hands the stage to the composition root. */
public final class KickoffApp extends Application {

    /**
     * Work begun before the toolkit starts; a static field because {@code Application.launch} creates this
     * class itself and takes nothing else along. Set once, before the launch.
     */
    private static volatile Preload preload;

    static void launchWindow(String[] args) {
        preload = Preload.start();
        Application.launch(KickoffApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Kickoff.start(stage, Kickoff.Options.defaults(getParameters().getRaw()),
                preload != null ? preload : Preload.start());
    }
}
