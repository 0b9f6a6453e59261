package org.kickoff.ui.wizard;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.kickoff.i18n.Messages;
import org.kickoff.storage.Settings;
import org.kickoff.ui.common.Shortcut;
import org.kickoff.ui.session.ProjectDocument;
import org.kickoff.ui.sharing.CompareDialog;
import org.kickoff.ui.help.HelpDialog;
import org.kickoff.ui.sharing.MergeDialog;
import org.kickoff.ui.sharing.MergeReport;
import org.kickoff.ui.summary.ExportMenu;
import org.kickoff.ui.summary.PrintAction;
import org.kickoff.ui.welcome.ExampleProject;

/** File, View, Go and Help menus with the usual shortcuts; every item forwards to a ViewModel command. */
final class MenuBarView extends MenuBar {

    private final ShellViewModel shell;
    private final Messages messages;
    private final Menu recent;
    private final javafx.util.Subscription subscription;

    MenuBarView(ShellViewModel shell, Messages messages, Runnable about, Runnable find) {
        this.shell = shell;
        this.messages = messages;
        setId("menu-bar");
        setUseSystemMenuBar(true);
        ProjectDocument document = shell.document();
        WizardViewModel wizard = shell.wizard();
        var noProject = document.projectProperty().isNull();

        recent = new Menu(messages.get("menu.file.recent"));
        recent.setId("menu-recent");
        fillRecent();
        ListChangeListener<Path> recentChanged = c -> fillRecent();
        shell.recentFiles().addListener(recentChanged);
        subscription = () -> shell.recentFiles().removeListener(recentChanged);

        MenuItem compare = item("menu-compare", "menu.file.compare", null, this::compare);
        MenuItem recordMilestone = item("menu-record-milestone", "menu.file.record-milestone", null,
                () -> milestones().record(getScene().getWindow()));
        MenuItem compareMilestone = item("menu-compare-milestone", "menu.file.compare-milestone", null,
                () -> milestones().compare(getScene().getWindow()));
        recordMilestone.disableProperty().bind(noProject);
        compareMilestone.disableProperty().bind(noProject);
        MenuItem merge = item("menu-merge", "menu.file.merge", null, this::merge);
        compare.disableProperty().bind(noProject);
        merge.disableProperty().bind(noProject);
        MenuItem print = item("menu-print", "menu.file.print", "Shortcut+P",
                () -> new PrintAction(shell.export(), messages).print(getScene().getWindow()));
        MenuItem pageSetup = item("menu-page-setup", "menu.file.page-setup", null,
                () -> new PrintAction(shell.export(), messages).pageSetup(getScene().getWindow()));
        Menu export = new Menu(messages.get("menu.file.export"));
        export.setId("menu-export");
        export.getItems().setAll(ExportMenu.items(shell.export(), messages, "menu-export-"));
        print.disableProperty().bind(noProject);
        export.disableProperty().bind(noProject);
        MenuItem save = item("menu-save", "menu.file.save", "Shortcut+S", document::save);
        MenuItem saveAs = item("menu-save-as", "menu.file.save-as", "Shortcut+Shift+S", document::saveAs);
        MenuItem close = item("menu-close", "menu.file.close", "Shortcut+W", document::close);
        save.disableProperty().bind(noProject);
        saveAs.disableProperty().bind(noProject);
        close.disableProperty().bind(noProject);
        Menu file = new Menu(messages.get("menu.file"), null,
                item("menu-new", "menu.file.new", "Shortcut+N", document::newProject),
                item("menu-new-from", "menu.file.new-from", null, document::newProjectFromQuestionnaire),
                item("menu-open", "menu.file.open", "Shortcut+O", document::open),
                recent,
                examples(shell),
                new SeparatorMenuItem(), save, saveAs, new SeparatorMenuItem(), export, pageSetup, print,
                new SeparatorMenuItem(), compare, merge, recordMilestone, compareMilestone,
                new SeparatorMenuItem(), close,
                item("menu-quit", "menu.file.quit", "Shortcut+Q", shell::quit));

        ToggleGroup languages = new ToggleGroup();
        Menu language = new Menu(messages.get("menu.view.language"));
        language.setId("menu-language");
        for (String code : Messages.LANGUAGES) {
            // each language by its own name, as every language menu does
            language.getItems().add(radio("menu-lang-" + code, Messages.forLanguage(code).get("language.name"),
                    languages, code.equals(shell.language()), () -> shell.setLanguage(code)));
        }
        ToggleGroup themes = new ToggleGroup();
        Menu theme = new Menu(messages.get("menu.view.theme"), null,
                radio("menu-theme-light", messages.get("menu.view.theme.light"), themes,
                        Settings.LIGHT.equals(shell.themeProperty().get()),
                        () -> shell.themeProperty().set(Settings.LIGHT)),
                radio("menu-theme-dark", messages.get("menu.view.theme.dark"), themes,
                        Settings.DARK.equals(shell.themeProperty().get()),
                        () -> shell.themeProperty().set(Settings.DARK)));
        theme.setId("menu-theme");
        Menu view = new Menu(messages.get("menu.view"), null, language, theme);
        view.setId("menu-view");

        MenuItem back = item("menu-back", "menu.go.back", "Shortcut+Page Up", wizard::back);
        MenuItem next = item("menu-next", "menu.go.next", "Shortcut+Page Down", wizard::next);
        MenuItem details = item("menu-details", "menu.go.details", null, () -> wizard.jumpTo(new Page.Details()));
        MenuItem summary = item("menu-summary", "menu.go.summary", "Shortcut+Shift+Y", wizard::showSummary);
        MenuItem actions = item("menu-actions", "menu.go.actions", null, () -> wizard.jumpTo(new Page.Actions()));
        actions.disableProperty().bind(noProject);
        back.disableProperty().bind(wizard.canGoBackProperty().not().or(noProject));
        next.disableProperty().bind(wizard.canGoNextProperty().not().or(noProject));
        details.disableProperty().bind(noProject);
        summary.disableProperty().bind(noProject);
        Menu go = new Menu(messages.get("menu.go"), null, back, next, new SeparatorMenuItem(), details, actions, summary);
        go.setId("menu-go");

        Menu help = new Menu(messages.get("menu.help"), null,
                item("menu-getting-started", "menu.help.start", null,
                        () -> HelpDialog.gettingStarted(getScene().getWindow(), messages).show()),
                item("menu-shortcuts", "menu.help.shortcuts", "F1",
                        () -> HelpDialog.shortcuts(getScene().getWindow(), messages).show()),
                new SeparatorMenuItem(), item("menu-about", "menu.help.about", null, about));
        help.setId("menu-help");
        file.setId("menu-file");
        MenuItem undo = item("menu-undo", "menu.edit.undo", "Shortcut+Z", wizard::undo);
        MenuItem redo = item("menu-redo", "menu.edit.redo", "Shortcut+Shift+Z", wizard::redo);
        undo.disableProperty().bind(document.history().canUndoProperty().not());
        redo.disableProperty().bind(document.history().canRedoProperty().not());
        MenuItem findItem = item("menu-find", "menu.edit.find", "Shortcut+F", find);
        findItem.disableProperty().bind(noProject);
        Menu edit = new Menu(messages.get("menu.edit"), null, undo, redo, new SeparatorMenuItem(), findItem);
        edit.setId("menu-edit");
        getMenus().addAll(file, edit, view, go, help);
    }

    private Milestones milestones() {
        return new Milestones(new org.kickoff.ui.actions.OutcomeCommands(shell.document(),
                shell.clock(), new java.util.Random()), messages, shell.wizard()::showQuestion);
    }

    private void compare() {
        shell.sharing().chooseAndCompare(comparison -> new CompareDialog(getScene().getWindow(), comparison.diff(),
                shell.document().questionnaire(), comparison.mine(), comparison.theirs(), messages,
                shell.wizard()::showQuestion).showAndWait());
    }

    private void merge() {
        shell.sharing().chooseAndMerge(vm -> {
            MergeDialog dialog = new MergeDialog(getScene().getWindow(), vm, shell.document().questionnaire(),
                    messages);
            dialog.showAndWait().filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                    .ifPresent(b -> {
                        var outcome = vm.apply();
                        new MergeReport(getScene().getWindow(), outcome, shell.document().project(), vm.theirName(),
                                shell.document().questionnaire(), messages, shell.wizard()::showQuestion).showAndWait();
                    });
        });
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path path : shell.recentFiles()) {
            String name = shell.memory(path).map(m -> m.name()).filter(n -> !n.isBlank())
                    .orElse(path.getFileName().toString());
            MenuItem item = new MenuItem(name + "  \u2013  " + path.toAbsolutePath());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> shell.openRecent(path));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    /** File > Open example: one entry per example project. */
    private Menu examples(ShellViewModel shell) {
        Menu menu = new Menu(messages.get("menu.file.example"));
        menu.setId("menu-example");
        for (ExampleProject example : ExampleProject.values()) {
            menu.getItems().add(item("menu-example-" + example.id(), example.labelKey(), null,
                    () -> shell.openExample(example)));
        }
        return menu;
    }

    private MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(Shortcut.of(accelerator, messages));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static RadioMenuItem radio(String id, String text, ToggleGroup group, boolean selected, Runnable action) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        item.setToggleGroup(group);
        item.setSelected(selected);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Stops following the recent files: the window is rebuilt (another language). */
    void dispose() {
        subscription.unsubscribe();
    }
}
