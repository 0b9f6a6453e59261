package org.kickoff.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import org.kickoff.report.ExportFormat;

/**
 * The questions the application asks the user in dialogs. An interface so that ViewModels can be tested
 * without a window, and window tests can stand in for the system's file chooser.
 */
public interface Prompts {

    enum UnsavedChoice { SAVE, DONT_SAVE, CANCEL }

    enum LockedChoice { READ_ONLY, ANYWAY, CANCEL }

    enum ChangedChoice { OVERWRITE, SAVE_AS, RELOAD, CANCEL }

    enum RestoreChoice { RESTORE, DISCARD, LATER }

    /** "X is open on HOST by USER since TIME": open it read-only, anyway, or not at all? */
    LockedChoice askLocked(String fileName, String holder);

    /** The file was changed on disk by someone else: overwrite it, save under another name, or reload? */
    ChangedChoice askChanged(String fileName);

    /** Unsaved work from an earlier run was found: restore it, discard it, or decide later? */
    RestoreChoice askRestore(String description);

    /** "Save changes to X before ...?" */
    UnsavedChoice askUnsaved(String projectName);

    Optional<Path> chooseProjectToOpen(Path folder);

    Optional<Path> chooseProjectToSave(Path folder, String suggestedName);

    /** Where to write an export of the format. */
    Optional<Path> chooseExportTarget(Path folder, String suggestedName, ExportFormat format);

    /** A folder to write decision records into ({@code docs/decisions} of a repository). */
    Optional<Path> chooseFolder(Path folder);

    /** A questionnaire file (JSON) for a new project. */
    Optional<Path> chooseQuestionnaire(Path folder);

    /** Tells the user something worth knowing that needs no decision. */
    void showInfo(String title, String details);

    /** Tells the user something went wrong; {@code details} says what and where. */
    void showError(String title, String details);
}
