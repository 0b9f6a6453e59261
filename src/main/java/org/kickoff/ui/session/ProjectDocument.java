package org.kickoff.ui.session;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.kickoff.domain.Answer;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.QuestionnaireUpgrade;
import org.kickoff.i18n.Messages;
import org.kickoff.storage.ProjectFiles;
import org.kickoff.storage.RecoveryCopy;
import org.kickoff.ui.common.Background;
import org.kickoff.ui.common.Prompts;

/**
 * The open project as a document: what it holds now, what was last saved, where, and the commands that
 * create, open, save and close it (the file work is in {@link DocumentFiles}). Every command that would
 * drop unsaved changes asks first.
 */
public final class ProjectDocument {

    private static final System.Logger LOG = System.getLogger(ProjectDocument.class.getName());

    /**
     * What the document needs from the outside world.
     *
     * @param questionnaire the built-in questionnaire: new projects answer it
     */
    public record Services(Questionnaire questionnaire, ProjectFiles files, Background background, Prompts prompts,
                           Clock clock, FileGuard guard) {

        public Services(Questionnaire questionnaire, ProjectFiles files, Background background, Prompts prompts,
                        Clock clock) {
            this(questionnaire, files, background, prompts, clock, FileGuard.withoutFiles());
        }
    }

    private final Services services;
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyObjectWrapper<Project> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Questionnaire> questionnaire =
            new ReadOnlyObjectWrapper<>(this, "questionnaire");
    private final DocumentFiles files;
    private final UndoHistory history;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ReadOnlyIntegerWrapper generation = new ReadOnlyIntegerWrapper(this, "generation");
    private final ReadOnlyIntegerWrapper replacements = new ReadOnlyIntegerWrapper(this, "replacements");
    private final ObjectProperty<Messages> messages = new SimpleObjectProperty<>(this, "messages");
    private final BooleanBinding dirty;
    private final StringBinding title;
    private Consumer<Path> onFileChanged = path -> { };
    private Runnable onClosed = () -> { };
    private Runnable onSaved = () -> { };
    private Consumer<QuestionnaireUpgrade> onUpgraded = upgrade -> { };

    public ProjectDocument(Services services, Messages messages) {
        this.services = services;
        this.messages.set(messages);
        this.questionnaire.set(services.questionnaire());
        this.files = new DocumentFiles(this, services);
        this.history = new UndoHistory(services.clock());
        dirty = Bindings.createBooleanBinding(
                () -> project.get() != null && !project.get().equals(saved.get()), project, saved);
        title = Bindings.createStringBinding(this::computeTitle, project, file, dirty, this.messages, readOnly);
        // every unsaved state gets a recovery copy a few seconds later
        project.subscribe((before, now) -> {
            if (now != null && isDirty()) {
                services.guard().edited(now, questionnaire.get(), file.get());
            }
        });
    }

    Services services() {
        return services;
    }

    /**
     * The window is going away and nothing would be lost (saved, or the user chose not to): the lock and
     * the recovery copy go with it.
     */
    public void closeForExit() {
        services.guard().closed();
    }

    /** The language of titles and messages; the window switches it when the user picks another. */
    public ObjectProperty<Messages> messagesProperty() {
        return messages;
    }

    /**
     * Counts how often another project (or none) took the open one's place; views built for a project are
     * thrown away when it changes, but not on every edit.
     */
    public ReadOnlyIntegerProperty generationProperty() {
        return generation.getReadOnlyProperty();
    }

    /** The questionnaire the open project answers (the built-in one, a team's own, or a newer version). */
    public Questionnaire questionnaire() {
        return questionnaire.get();
    }

    public ReadOnlyObjectProperty<Questionnaire> questionnaireProperty() {
        return questionnaire.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public Project project() {
        return project.get();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Opened read-only because someone else has it open: Save becomes Save As. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** True while a file is being read or written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "*Name — file.kickoff — Kickoff": the project, its file, and a mark while there are unsaved changes. */
    public StringBinding titleProperty() {
        return title;
    }

    /** Called with the file after a project is opened or saved under a (new) name: recent files. */
    public void setOnFileChanged(Consumer<Path> listener) {
        onFileChanged = listener;
    }

    /** Called after every successful save. */
    public void setOnSaved(Runnable listener) {
        onSaved = listener;
    }

    /** Called after the project is closed: the window shows the welcome page. */
    public void setOnClosed(Runnable listener) {
        onClosed = listener;
    }

    private String computeTitle() {
        String app = messages.get().get("app.name");
        Project p = project.get();
        if (p == null) {
            return app;
        }
        String name = p.info().name().isBlank() ? messages.get().get("project.untitled") : p.info().name();
        String fileName = file.get() == null ? messages.get().get("document.not-saved")
                : file.get().getFileName().toString();
        String mode = readOnly.get() ? " " + messages.get().get("document.read-only") : "";
        return (dirty.get() ? "*" : "") + name + " \u2014 " + fileName + mode + " \u2014 " + app;
    }

    /** Applies an edit to the open project, as a step of its own in the undo history. */
    public void update(UnaryOperator<Project> edit) {
        update("edit", "", false, edit);
    }

    /**
     * Applies an edit; edits of the same {@code kind} and {@code subject} in quick succession are one step of
     * the undo history when {@code coalesce} (typing in one field).
     */
    public void update(String kind, String subject, boolean coalesce, UnaryOperator<Project> edit) {
        Project before = project.get();
        if (before != null) {
            Project after = edit.apply(before);
            project.set(after);
            history.record(before, after, subject, kind, coalesce);
        }
    }

    /** Every change to the open project, to go back and forth through. */
    public UndoHistory history() {
        return history;
    }

    /** Takes back the last change; returns it, so that the window can show where it was. */
    public Optional<UndoHistory.Step> undo() {
        return history.takeUndo(project.get()).map(step -> {
            project.set(step.before());
            return step;
        });
    }

    /** Makes the last change taken back again. */
    public Optional<UndoHistory.Step> redo() {
        return history.takeRedo(project.get()).map(step -> {
            project.set(step.after());
            return step;
        });
    }

    /**
     * Replaces the open project's content as a whole (a merge, a reload): views built for the old content
     * are rebuilt, but the file, the saved state and the current page stay.
     */
    public void replace(Project newContent) {
        Project before = project.get();
        if (before != null) {
            project.set(newContent);
            history.record(before, newContent, "", "replace", false);
            replacements.set(replacements.get() + 1);
        }
    }

    /** Counts {@link #replace} calls: views listen to rebuild themselves from the new content. */
    public ReadOnlyIntegerProperty replacementsProperty() {
        return replacements.getReadOnlyProperty();
    }

    /** Stores an answer; typing into one question in quick succession is one step of the undo history. */
    public void setAnswer(String questionId, Answer answer) {
        update("answer", questionId, true, p -> p.withAnswer(questionId, answer));
    }

    public void newProject() {
        files.newProject();
    }

    /** Asks for a team's own questionnaire file and starts a new project that answers it. */
    public void newProjectFromQuestionnaire() {
        files.newProjectFromQuestionnaire();
    }

    /** Starts a new project that answers a team's own questionnaire, read from the given file. */
    public void newProjectFrom(Path questionnaireFile) {
        files.newProjectFrom(questionnaireFile);
    }

    /** Opens a project chosen by the user. */
    public void open() {
        files.open();
    }

    public void open(Path path) {
        files.open(path);
    }

    /** Opens the example project as a new, unsaved copy, so the shipped file is never overwritten. */
    public void openExample(byte[] exampleBytes) {
        files.openExample(exampleBytes);
    }

    /**
     * Checks whether someone else changed the file since it was opened or saved (the window calls this when
     * it gets the focus back) and, if so, asks what to do.
     */
    public void checkExternalChange() {
        files.checkExternalChange();
    }

    /** Restores unsaved work from a recovery copy left by a crash: it opens as unsaved changes to its file. */
    public void restore(RecoveryCopy copy) {
        files.restore(copy);
    }

    /** Called after opening a project whose questionnaire was upgraded, with what changed. */
    public void setOnUpgraded(Consumer<QuestionnaireUpgrade> listener) {
        onUpgraded = listener;
    }

    /** Saves to the project's file, or asks for one; {@code then} runs after a successful save. */
    public void save(Runnable then) {
        files.save(then);
    }

    public void save() {
        save(() -> { });
    }

    public void saveAs(Runnable then) {
        files.saveAs(then);
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    /** Closes the project (asking about unsaved changes first). */
    public void close() {
        whenSafeToDiscard(() -> {
            release();
            project.set(null);
            history.clear();
            saved.set(null);
            file.set(null);
            readOnly.set(false);
            generation.set(generation.get() + 1);
            onClosed.run();
        });
    }

    /**
     * Runs {@code then} if nothing would be lost: no unsaved changes, or the user chose to save (and the
     * save succeeded) or not to save. Cancel, or a failed save, runs nothing.
     */
    public void whenSafeToDiscard(Runnable then) {
        if (!isDirty()) {
            then.run();
            return;
        }
        String name = project.get().info().name().isBlank() ? messages.get().get("project.untitled")
                : project.get().info().name();
        switch (services.prompts().askUnsaved(name)) {
            case SAVE -> save(then);
            case DONT_SAVE -> then.run();
            case CANCEL -> { }
        }
    }

    /** Lets go of the file: lock released, recovery copy removed (the user closed or discarded the work). */
    public void release() {
        services.background().run(() -> {
            services.guard().closed();
            return null;
        }, done -> { }, e -> LOG.log(System.Logger.Level.WARNING, "the project's lock or recovery copy could not be "
                + "removed", e));
    }

    /** A save of {@code before} wrote {@code written} to {@code path}: that is now the saved state. */
    void written(Project before, Project written, Path path) {
        readOnly.set(false);
        saved.set(written);
        // edits made while the file was written stay unsaved; otherwise the project is the saved one
        if (project.get() == before) {
            project.set(written);
            // the save only stamped the time: what undo takes back is the same
            history.rebase(before, written);
        }
        Path old = file.get();
        file.set(path);
        if (!path.equals(old)) {
            onFileChanged.accept(path);
        }
        onSaved.run();
    }

    void setReadOnly(boolean value) {
        readOnly.set(value);
    }

    void fileChanged(Path path) {
        onFileChanged.accept(path);
    }

    void upgraded(QuestionnaireUpgrade upgrade) {
        onUpgraded.accept(upgrade);
    }

    <T> void runIo(java.util.concurrent.Callable<T> work, Consumer<T> onSuccess,
                           Consumer<Exception> onFailure) {
        busy.set(true);
        services.background().run(work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, e -> {
            busy.set(false);
            onFailure.accept(e);
        });
    }

    void show(Project newProject, Project savedVersion, Path path, Questionnaire answered) {
        saved.set(savedVersion);
        file.set(path);
        questionnaire.set(answered);
        project.set(newProject);
        history.clear();
        generation.set(generation.get() + 1);
    }

    /** How many of a file's problems an error message lists; it counts the others. */
    static final int SHOWN_PROBLEMS = 5;

    void error(String titleKey, Exception e, Path path) {
        if (!(e instanceof ProblemException)) {
            LOG.log(System.Logger.Level.WARNING, titleKey + " " + path, e);
        }
        Messages messages = this.messages.get();
        String title = messages.get(titleKey, path == null ? "" : path.getFileName());
        String details;
        if (e instanceof ProblemException problem) {
            List<String> lines = new java.util.ArrayList<>(
                    problem.problems().stream().limit(SHOWN_PROBLEMS).map(messages::problem).toList());
            int more = Math.max(problem.total(), problem.problems().size()) - lines.size();
            if (more > 0) {
                lines.add(messages.get("validate.more", more));
            }
            details = String.join("\n", lines);
        } else {
            details = messages.get("error.io", String.valueOf(e.getMessage()));
        }
        services.prompts().showError(title, details);
    }

    Path folder() {
        Path current = file.get();
        return current == null || current.toAbsolutePath().getParent() == null ? null
                : current.toAbsolutePath().getParent();
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file.get());
    }
}
