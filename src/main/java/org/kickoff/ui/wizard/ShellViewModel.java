package org.kickoff.ui.wizard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kickoff.domain.Evaluation;
import org.kickoff.domain.Project;
import org.kickoff.domain.Question;
import org.kickoff.domain.Topic;
import org.kickoff.i18n.Messages;
import org.kickoff.storage.ProjectFiles;
import org.kickoff.storage.Settings;
import org.kickoff.storage.SettingsStore;
import org.kickoff.ui.common.Background;
import org.kickoff.ui.common.Prompts;
import org.kickoff.ui.find.FindViewModel;
import org.kickoff.ui.session.ProjectDocument;
import org.kickoff.ui.sharing.SharingViewModel;
import org.kickoff.ui.summary.ExportViewModel;
import org.kickoff.ui.summary.SummaryViewModel;
import org.kickoff.ui.welcome.ExampleProject;
import org.kickoff.ui.welcome.WelcomeActions;

/**
 * The application around the open project: language, theme, recent files and window placement (kept in
 * the settings file), the example project, and quitting without losing work.
 */
public final class ShellViewModel implements WelcomeActions {

    private static final System.Logger LOG = System.getLogger(ShellViewModel.class.getName());

    /** What the ViewModels of the window need from outside, handed down by the composition root. */
    public record Tools(Background background, Prompts prompts, Clock clock, ProjectFiles files) {
    }

    private final ProjectDocument document;
    private final WizardViewModel wizard;
    private final SharingViewModel sharing;
    private final ExportViewModel export;
    private final javafx.beans.property.StringProperty notice =
            new javafx.beans.property.SimpleStringProperty(this, "notice", "");
    private final SettingsStore store;
    private final Function<ExampleProject, byte[]> examples;
    private final Runnable exit;
    private final Background background;
    private final Tools tools;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ObjectProperty<String> theme = new SimpleObjectProperty<>(this, "theme");

    /**
     * @param examples the bytes of each example project, read when asked for
     * @param exit ends the application; called once nothing would be lost
     */
    public ShellViewModel(ProjectDocument document, SettingsStore store, Settings initial,
                          Function<ExampleProject, byte[]> examples, Runnable exit, Tools tools) {
        this.document = document;
        this.tools = tools;
        this.background = tools.background();
        this.wizard = new WizardViewModel(document);
        this.sharing = new SharingViewModel(document, tools.files(), tools.background(), tools.prompts());
        this.export = new ExportViewModel(document, tools.clock(), tools.background(), tools.prompts());
        export.setOnNotice(notice::set);
        this.store = store;
        this.examples = examples;
        this.exit = exit;
        settings.set(initial);
        theme.set(initial.theme());
        recentFiles.setAll(initial.recentFiles());
        document.setOnFileChanged(file -> change(memorised(settings.get().withOpened(file), file)));
        document.setOnClosed(() -> change(settings.get().withoutLastProject()));
        document.setOnSaved(this::saved);
        document.generationProperty().subscribe((o, n) -> wizard.start(document.file()
                .flatMap(file -> settings.get().memory(file)).map(Settings.Memory::page).orElse("")));
        // the page last viewed, per file: reopening the project goes back there
        wizard.currentProperty().subscribe(page -> document.file().ifPresent(file -> remember(file, page)));
        theme.subscribe((o, n) -> change(settings.get().withTheme(n)));
    }

    public ProjectDocument document() {
        return document;
    }

    public WizardViewModel wizard() {
        return wizard;
    }

    public ExportViewModel export() {
        return export;
    }

    /** The window's clock: what "today" is for due dates and acceptances. */
    public Clock clock() {
        return tools.clock();
    }

    /** A short message for the status bar ("Exported to summary.pdf"); the view clears it after a while. */
    public javafx.beans.property.StringProperty noticeProperty() {
        return notice;
    }

    public SharingViewModel sharing() {
        return sharing;
    }

    @Override
    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** "light" or "dark". */
    public ObjectProperty<String> themeProperty() {
        return theme;
    }

    public String language() {
        return settings.get().language();
    }

    /** Switches the language; the window rebuilds its views, the project stays open as it is. */
    public void setLanguage(String language) {
        if (!language.equals(language())) {
            document.messagesProperty().set(Messages.forLanguage(language));
            change(settings.get().withLanguage(language));
        }
    }

    /** Opens the example written in the window's language. */
    @Override
    public void openExample() {
        openExample(ExampleProject.forLanguage(language()));
    }

    @Override
    public void openExample(ExampleProject example) {
        document.openExample(examples.apply(example));
    }

    /** Opens a recent file; one that no longer exists is dropped from the list (the error says why). */
    @Override
    public void openRecent(Path file) {
        if (!Files.exists(file)) {
            change(settings.get().withoutRecent(file));
        }
        document.open(file);
    }

    @Override
    public void newProject() {
        document.newProject();
    }

    @Override
    public void open() {
        document.open();
    }

    /** Find and filter, in the window's language. */
    public FindViewModel find(Messages messages) {
        return new FindViewModel(document, wizard.evaluationProperty(), messages, tools.clock(), wizard::showQuestion);
    }

    /** The summary page's ViewModel, for the project as it is now. */
    public SummaryViewModel summary(Messages messages) {
        return new SummaryViewModel(document, wizard::showQuestion, messages, tools.clock(), tools.background(),
                tools.prompts());
    }

    /**
     * A save keeps everything, typed text that is no valid value too; it says so, and where, so that the
     * file is not taken for finished.
     */
    private void saved() {
        document.file().ifPresent(file -> change(memorised(settings.get(), file)));
        Evaluation evaluation = wizard.evaluationProperty().get();
        if (evaluation == null) {
            return;
        }
        Messages messages = document.messagesProperty().get();
        List<String> where = new ArrayList<>();
        for (Topic topic : document.questionnaire().topics()) {
            for (Question question : evaluation.visibleQuestions(topic)) {
                if (evaluation.answer(question.id()).isInvalid()) {
                    where.add(topic.title().in(messages.language()) + ": " + question.text().in(messages.language()));
                }
            }
        }
        if (!where.isEmpty()) {
            String list = where.size() <= 3 ? String.join("; ", where)
                    : String.join("; ", where.subList(0, 3)) + messages.get("save.invalid.more", where.size() - 3);
            notice.set(messages.get("save.invalid", where.size(), list));
        }
    }

    /** The settings with what a user recognises the file by: the project's name, its progress, its save. */
    private Settings memorised(Settings base, Path file) {
        Project project = document.project();
        if (project == null) {
            return base;
        }
        Evaluation evaluation = wizard.evaluationProperty().get();
        int percent = evaluation == null ? 0 : (int) Math.floor(evaluation.progress().fraction() * 100);
        Page page = wizard.current();
        return base.withMemory(file, new Settings.Memory(project.info().name(), percent, project.info().modified(),
                page == null ? "" : WizardViewModel.pageKey(page)));
    }

    private void remember(Path file, Page page) {
        if (page == null) {
            return;
        }
        String key = WizardViewModel.pageKey(page);
        Settings current = settings.get();
        current.memory(file).filter(m -> !m.page().equals(key))
                .ifPresent(memory -> change(current.withMemory(file, memory.withPage(key))));
    }

    /** What is remembered of a recent file: its project's name, progress and last save. */
    @Override
    public java.util.Optional<Settings.Memory> memory(Path file) {
        return settings.get().memory(file);
    }

    /** Opens the first project file among files dropped on the window. */
    public void openDropped(java.util.List<Path> paths) {
        paths.stream().filter(Files::isRegularFile).findFirst().ifPresent(document::open);
    }

    /** Reopens the project that was open at the last exit, if there was one and it still exists. */
    public boolean reopenLast() {
        Path last = settings.get().lastProject();
        if (last != null && Files.isRegularFile(last)) {
            document.open(last);
            return true;
        }
        return false;
    }

    public void rememberWindow(Settings.WindowPlacement placement) {
        change(settings.get().withWindow(placement));
    }

    /** Quits once nothing would be lost: asks about unsaved changes first; Cancel keeps the window open. */
    public void quit() {
        document.whenSafeToDiscard(() -> {
            // saved, or the user chose not to: the recovery copy and lock go with the window
            document.closeForExit();
            saveSettings();
            exit.run();
        });
    }

    private void change(Settings newSettings) {
        settings.set(newSettings);
        if (!recentFiles.equals(newSettings.recentFiles())) {
            recentFiles.setAll(newSettings.recentFiles());
        }
        background.run(() -> {
            store.save(newSettings);
            return null;
        }, done -> { }, e -> LOG.log(System.Logger.Level.WARNING, "the settings could not be saved", e));
    }

    /** Writes the settings now, on this thread: used when quitting, when nothing may be left running. */
    public void saveSettings() {
        try {
            store.save(settings.get());
        } catch (IOException e) {
            // settings are a convenience; failing to remember them must never stop the user's work
            LOG.log(System.Logger.Level.WARNING, "the settings could not be saved", e);
        }
    }
}
