package org.kickoff.ui.welcome;

import java.nio.file.Path;
import javafx.collections.ObservableList;

/** What the welcome page offers: a new project, an existing file, the example, the recent files. */
public interface WelcomeActions {

    void newProject();

    void open();

    /** The example in the window's language. */
    void openExample();

    void openExample(ExampleProject example);

    ObservableList<Path> recentFiles();

    void openRecent(Path file);

    /** What is remembered of a recent file (name, progress, last save), if anything. */
    java.util.Optional<org.kickoff.storage.Settings.Memory> memory(Path file);
}
