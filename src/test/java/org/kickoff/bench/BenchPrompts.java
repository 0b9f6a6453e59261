package org.kickoff.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kickoff.report.ExportFormat;
import org.kickoff.ui.common.Prompts;

/**
 * The benchmark's answers to the window's questions: File > Open picks {@link #next}, unsaved changes are
 * dropped, nothing else is expected; a message the window shows is kept, and the benchmark stops on it.
 */
final class BenchPrompts implements Prompts {

    volatile Path next;
    final List<String> messages = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public LockedChoice askLocked(String fileName, String holder) {
        messages.add("locked: " + fileName);
        return LockedChoice.CANCEL;
    }

    @Override
    public ChangedChoice askChanged(String fileName) {
        messages.add("changed on disk: " + fileName);
        return ChangedChoice.CANCEL;
    }

    @Override
    public RestoreChoice askRestore(String description) {
        return RestoreChoice.DISCARD;
    }

    @Override
    public UnsavedChoice askUnsaved(String projectName) {
        return UnsavedChoice.DONT_SAVE;
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Path folder) {
        return Optional.ofNullable(next);
    }

    @Override
    public Optional<Path> chooseProjectToSave(Path folder, String suggestedName) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseExportTarget(Path folder, String suggestedName, ExportFormat format) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseQuestionnaire(Path folder) {
        return Optional.empty();
    }

    /** The benchmark exports no decision records: no folder is chosen. */
    @Override
    public Optional<Path> chooseFolder(Path folder) {
        return Optional.empty();
    }

    @Override
    public void showInfo(String title, String details) {
        messages.add(title + ": " + details);
    }

    @Override
    public void showError(String title, String details) {
        messages.add(title + ": " + details);
    }
}
