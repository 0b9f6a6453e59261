package org.kickoff.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kickoff.i18n.Messages;
import org.kickoff.report.ExportFormat;

/** The real dialogs: alerts owned by the main window and the system's file chooser. */
public final class FxPrompts implements Prompts {

    private final Supplier<Window> owner;
    private final Supplier<Messages> messages;

    public FxPrompts(Supplier<Window> owner, Supplier<Messages> messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public UnsavedChoice askUnsaved(String projectName) {
        Messages m = messages.get();
        return ask("unsaved-dialog", m.get("dialog.unsaved.header", projectName), m.get("dialog.unsaved.content"),
                new Answer<>(UnsavedChoice.SAVE, m.get("dialog.unsaved.save"), ButtonBar.ButtonData.YES),
                new Answer<>(UnsavedChoice.DONT_SAVE, m.get("dialog.unsaved.dont-save"), ButtonBar.ButtonData.NO),
                new Answer<>(UnsavedChoice.CANCEL, m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    @Override
    public LockedChoice askLocked(String fileName, String holder) {
        Messages m = messages.get();
        return ask("locked-dialog", m.get("dialog.locked.header", fileName), holder,
                new Answer<>(LockedChoice.READ_ONLY, m.get("dialog.locked.read-only"), ButtonBar.ButtonData.YES),
                new Answer<>(LockedChoice.ANYWAY, m.get("dialog.locked.anyway"), ButtonBar.ButtonData.NO),
                new Answer<>(LockedChoice.CANCEL, m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    @Override
    public ChangedChoice askChanged(String fileName) {
        Messages m = messages.get();
        return ask("changed-dialog", m.get("dialog.changed.header", fileName), m.get("dialog.changed.content"),
                new Answer<>(ChangedChoice.OVERWRITE, m.get("dialog.changed.overwrite"), ButtonBar.ButtonData.OTHER),
                new Answer<>(ChangedChoice.SAVE_AS, m.get("dialog.changed.save-as"), ButtonBar.ButtonData.YES),
                new Answer<>(ChangedChoice.RELOAD, m.get("dialog.changed.reload"), ButtonBar.ButtonData.NO),
                new Answer<>(ChangedChoice.CANCEL, m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    @Override
    public RestoreChoice askRestore(String description) {
        Messages m = messages.get();
        return ask("restore-dialog", m.get("dialog.restore.header"), description,
                new Answer<>(RestoreChoice.RESTORE, m.get("dialog.restore.restore"), ButtonBar.ButtonData.YES),
                new Answer<>(RestoreChoice.DISCARD, m.get("dialog.restore.discard"), ButtonBar.ButtonData.NO),
                new Answer<>(RestoreChoice.LATER, m.get("dialog.restore.later"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    /** One button of a question: the choice it stands for, its label and its place in the button bar. */
    private record Answer<T>(T choice, String label, ButtonBar.ButtonData data) {
    }

    /**
     * A question with the given answers, in order; the last one is also what closing the dialog means.
     * Ids "ID-0", "ID-1", ... on the buttons for tests.
     */
    @SafeVarargs
    private <T> T ask(String id, String header, String content, Answer<T>... answers) {
        ButtonType[] buttons = new ButtonType[answers.length];
        for (int i = 0; i < answers.length; i++) {
            buttons[i] = new ButtonType(answers[i].label(), answers[i].data());
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, buttons);
        alert.initOwner(owner.get());
        alert.setTitle(messages.get().get("app.name"));
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        for (int i = 0; i < buttons.length; i++) {
            alert.getDialogPane().lookupButton(buttons[i]).setId(id + "-" + i);
        }
        ButtonType answer = alert.showAndWait().orElse(buttons[buttons.length - 1]);
        for (int i = 0; i < buttons.length; i++) {
            if (buttons[i] == answer) {
                return answers[i].choice();
            }
        }
        return answers[answers.length - 1].choice();
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Path folder) {
        FileChooser chooser = chooser(folder);
        chooser.setTitle(messages.get().get("dialog.open.title"));
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseProjectToSave(Path folder, String suggestedName) {
        FileChooser chooser = chooser(folder);
        chooser.setTitle(messages.get().get("dialog.save.title"));
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportTarget(Path folder, String suggestedName, ExportFormat format) {
        String extension = format.extension();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get().get("dialog.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get().get(format.filterKey()),
                "*." + extension));
        chooser.setInitialFileName(suggestedName);
        initialFolder(chooser, folder);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath)
                .map(p -> p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + "." + extension));
    }

    @Override
    public Optional<Path> chooseQuestionnaire(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get().get("dialog.questionnaire.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get().get("dialog.filter.questionnaires"), "*.json"),
                new FileChooser.ExtensionFilter(messages.get().get("dialog.filter.all"), "*"));
        initialFolder(chooser, folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(Path folder) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(messages.get().get("dialog.choose-folder"));
        Path start = folder != null && Files.isDirectory(folder) ? folder : Path.of(System.getProperty("user.home"));
        if (Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void showInfo(String title, String details) {
        show(Alert.AlertType.INFORMATION, title, details, "info-dialog");
    }

    private FileChooser chooser(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get().get("dialog.filter.projects"), "*.kickoff"),
                new FileChooser.ExtensionFilter(messages.get().get("dialog.filter.all"), "*"));
        initialFolder(chooser, folder);
        return chooser;
    }

    private static void initialFolder(FileChooser chooser, Path folder) {
        Path start = folder != null && Files.isDirectory(folder) ? folder : Path.of(System.getProperty("user.home"));
        if (Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
    }

    @Override
    public void showError(String title, String details) {
        show(Alert.AlertType.ERROR, title, details, "error-dialog");
    }

    private void show(Alert.AlertType type, String title, String details, String id) {
        Alert alert = new Alert(type, "", Buttons.ok(messages.get()));
        alert.initOwner(owner.get());
        alert.setTitle(messages.get().get("app.name"));
        alert.setHeaderText(title);
        Label content = new Label(details);
        content.setWrapText(true);
        content.setId(id + "-details");
        content.getStyleClass().add(Css.MESSAGE_TEXT);
        alert.getDialogPane().setContent(content);
        Css.style(alert.getDialogPane(), Css.MESSAGE_DIALOG);
        alert.getDialogPane().setId(id);
        alert.showAndWait();
    }
}
