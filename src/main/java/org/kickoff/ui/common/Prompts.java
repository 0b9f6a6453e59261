package org.kickoff.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions the application asks the user in dialogs. An interface so that ViewModels can be tested
 * without a window, and window tests can stand in for the system's file chooser.
 */
public interface Prompts {

    enum UnsavedChoice { SAVE, DONT_SAVE, CANCEL }

    /** "Save changes to X before ...?" */
    UnsavedChoice askUnsaved(String projectName);

    Optional<Path> chooseProjectToOpen(Path folder);

    Optional<Path> chooseProjectToSave(Path folder, String suggestedName);

    /** Where to write an export; {@code extension} without the dot, e.g. "pdf". */
    Optional<Path> chooseExportTarget(Path folder, String suggestedName, String extension);

    /** A questionnaire file (JSON) for a new project. */
    Optional<Path> chooseQuestionnaire(Path folder);

    /** Tells the user something worth knowing that needs no decision. */
    void showInfo(String title, String details);

    /** Tells the user something went wrong; {@code details} says what and where. */
    void showError(String title, String details);
}
