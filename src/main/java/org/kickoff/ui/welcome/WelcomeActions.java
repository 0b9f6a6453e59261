package org.kickoff.ui.welcome;

import java.nio.file.Path;
import javafx.collections.ObservableList;

/** What the welcome page offers: a new project, an existing file, the example, the recent files. */
public interface WelcomeActions {

    void newProject();

    void open();

    void openExample();

    ObservableList<Path> recentFiles();

    void openRecent(Path file);
}
