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
        ButtonType save = new ButtonType(m.get("dialog.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType(m.get("dialog.unsaved.dont-save"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType answer = ask("unsaved-dialog", m.get("dialog.unsaved.header", projectName),
                m.get("dialog.unsaved.content"), save, dontSave, cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == dontSave ? UnsavedChoice.DONT_SAVE : UnsavedChoice.CANCEL;
    }

    @Override
    public LockedChoice askLocked(String fileName, String holder) {
        Messages m = messages.get();
        ButtonType readOnly = new ButtonType(m.get("dialog.locked.read-only"), ButtonBar.ButtonData.YES);
        ButtonType anyway = new ButtonType(m.get("dialog.locked.anyway"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType answer = ask("locked-dialog", m.get("dialog.locked.header", fileName), holder,
                readOnly, anyway, cancel);
        return answer == readOnly ? LockedChoice.READ_ONLY : answer == anyway ? LockedChoice.ANYWAY
                : LockedChoice.CANCEL;
    }

    @Override
    public ChangedChoice askChanged(String fileName) {
        Messages m = messages.get();
        ButtonType overwrite = new ButtonType(m.get("dialog.changed.overwrite"), ButtonBar.ButtonData.OTHER);
        ButtonType saveAs = new ButtonType(m.get("dialog.changed.save-as"), ButtonBar.ButtonData.YES);
        ButtonType reload = new ButtonType(m.get("dialog.changed.reload"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType answer = ask("changed-dialog", m.get("dialog.changed.header", fileName),
                m.get("dialog.changed.content"), overwrite, saveAs, reload, cancel);
        return answer == overwrite ? ChangedChoice.OVERWRITE : answer == saveAs ? ChangedChoice.SAVE_AS
                : answer == reload ? ChangedChoice.RELOAD : ChangedChoice.CANCEL;
    }

    @Override
    public RestoreChoice askRestore(String description) {
        Messages m = messages.get();
        ButtonType restore = new ButtonType(m.get("dialog.restore.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(m.get("dialog.restore.discard"), ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType(m.get("dialog.restore.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType answer = ask("restore-dialog", m.get("dialog.restore.header"), description, restore, discard,
                later);
        return answer == restore ? RestoreChoice.RESTORE : answer == discard ? RestoreChoice.DISCARD
                : RestoreChoice.LATER;
    }

    /** A question with the given answers; ids "ID-0", "ID-1", ... on the buttons for tests. */
    private ButtonType ask(String id, String header, String content, ButtonType... buttons) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, buttons);
        alert.initOwner(owner.get());
        alert.setTitle(messages.get().get("app.name"));
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        for (int i = 0; i < buttons.length; i++) {
            alert.getDialogPane().lookupButton(buttons[i]).setId(id + "-" + i);
        }
        return alert.showAndWait().orElse(buttons[buttons.length - 1]);
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
    public Optional<Path> chooseExportTarget(Path folder, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get().get("dialog.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*." + extension, "*." + extension));
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
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(messages.get().get("app.name"));
        alert.setHeaderText(title);
        Label content = new Label(details);
        content.setWrapText(true);
        content.setId(id + "-details");
        content.setMaxWidth(560);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId(id);
        alert.showAndWait();
    }
}
