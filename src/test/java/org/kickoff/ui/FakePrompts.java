package org.kickoff.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.kickoff.ui.common.Prompts;

/** Scripted answers to the application's questions, and a record of what it told the user. */
public final class FakePrompts implements Prompts {

    public final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
    public final Deque<Path> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    public final List<String> unsavedAsked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final Deque<Path> questionnaires = new ArrayDeque<>();

    @Override
    public UnsavedChoice askUnsaved(String projectName) {
        unsavedAsked.add(projectName);
        return unsavedAnswers.isEmpty() ? UnsavedChoice.CANCEL : unsavedAnswers.poll();
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Path folder) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseProjectToSave(Path folder, String suggestedName) {
        return Optional.ofNullable(filesToSave.poll());
    }

    public final Deque<Path> exportTargets = new ArrayDeque<>();
    /** Folders the folder chooser picks, in order (decision records). */
    public final Deque<Path> folders = new ArrayDeque<>();

    public final Deque<LockedChoice> lockedAnswers = new ArrayDeque<>();
    public final Deque<ChangedChoice> changedAnswers = new ArrayDeque<>();
    public final Deque<RestoreChoice> restoreAnswers = new ArrayDeque<>();

    @Override
    public LockedChoice askLocked(String fileName, String holder) {
        return lockedAnswers.isEmpty() ? LockedChoice.CANCEL : lockedAnswers.poll();
    }

    @Override
    public ChangedChoice askChanged(String fileName) {
        return changedAnswers.isEmpty() ? ChangedChoice.CANCEL : changedAnswers.poll();
    }

    @Override
    public RestoreChoice askRestore(String description) {
        return restoreAnswers.isEmpty() ? RestoreChoice.LATER : restoreAnswers.poll();
    }

    @Override
    public Optional<Path> chooseExportTarget(Path folder, String suggestedName,
                                             org.kickoff.report.ExportFormat format) {
        return Optional.ofNullable(exportTargets.poll());
    }

    @Override
    public Optional<Path> chooseFolder(Path folder) {
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public Optional<Path> chooseQuestionnaire(Path folder) {
        return Optional.ofNullable(questionnaires.poll());
    }

    @Override
    public void showInfo(String title, String details) {
        infos.add(title + "\n" + details);
    }

    @Override
    public void showError(String title, String details) {
        errors.add(title + "\n" + details);
    }
}
