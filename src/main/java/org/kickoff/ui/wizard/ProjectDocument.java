package org.kickoff.ui.wizard;

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
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.kickoff.domain.Answer;
import org.kickoff.domain.ProblemException;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.i18n.Messages;
import org.kickoff.domain.QuestionnaireUpgrade;
import org.kickoff.storage.FileFingerprint;
import org.kickoff.storage.LockOwner;
import org.kickoff.storage.LockResult;
import org.kickoff.storage.OpenedProject;
import org.kickoff.storage.ProjectFile;
import org.kickoff.storage.RecoveryCopy;
import org.kickoff.storage.SaveResult;
import org.kickoff.storage.ProjectFiles;
import org.kickoff.storage.QuestionnaireReader;
import org.kickoff.storage.QuestionnaireResolver;
import org.kickoff.ui.common.Background;
import org.kickoff.ui.common.Prompts;

/**
 * The open project as a document: what it holds now, what was last saved, where, and the commands that
 * create, open, save and close it. Every command that would drop unsaved changes asks first.
 */
public final class ProjectDocument {

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

    /** A project read from a file, with the questionnaire to work on it with and what its upgrade found. */
    private record Opened(Project project, Project asSaved, Questionnaire questionnaire,
                          Optional<QuestionnaireUpgrade> upgrade, FileFingerprint fingerprint, LockResult lock) {
    }

    /** What a save found: written, or the file on disk changed by someone else since it was read. */
    private record Written(Project project, boolean changedOnDisk) {
    }

    private final Services services;
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyObjectWrapper<Project> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Questionnaire> questionnaire =
            new ReadOnlyObjectWrapper<>(this, "questionnaire");
    private final QuestionnaireResolver resolver;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ReadOnlyIntegerWrapper generation = new ReadOnlyIntegerWrapper(this, "generation");
    private final ReadOnlyIntegerWrapper replacements = new ReadOnlyIntegerWrapper(this, "replacements");
    private final ObjectProperty<Messages> messages = new SimpleObjectProperty<>(this, "messages");
    private final BooleanBinding dirty;
    private final StringBinding title;
    private Consumer<Path> onFileChanged = path -> { };
    private Runnable onClosed = () -> { };
    private Consumer<QuestionnaireUpgrade> onUpgraded = upgrade -> { };

    public ProjectDocument(Services services, Messages messages) {
        this.services = services;
        this.messages.set(messages);
        this.questionnaire.set(services.questionnaire());
        this.resolver = new QuestionnaireResolver(services.questionnaire());
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

    public Services services() {
        return services;
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

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
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

    /** Applies an edit to the open project. */
    public void update(UnaryOperator<Project> edit) {
        if (project.get() != null) {
            project.set(edit.apply(project.get()));
        }
    }

    /**
     * Replaces the open project's content as a whole (a merge, a reload): views built for the old content
     * are rebuilt, but the file, the saved state and the current page stay.
     */
    public void replace(Project newContent) {
        if (project.get() != null) {
            project.set(newContent);
            replacements.set(replacements.get() + 1);
        }
    }

    /** Counts {@link #replace} calls: views listen to rebuild themselves from the new content. */
    public ReadOnlyIntegerProperty replacementsProperty() {
        return replacements.getReadOnlyProperty();
    }

    public void setAnswer(String questionId, Answer answer) {
        update(p -> p.withAnswer(questionId, answer));
    }

    public void newProject() {
        whenSafeToDiscard(() -> startWith(services.questionnaire()));
    }

    /** Asks for a team's own questionnaire file and starts a new project that answers it. */
    public void newProjectFromQuestionnaire() {
        whenSafeToDiscard(() -> services.prompts().chooseQuestionnaire(folder()).ifPresent(this::newProjectFrom));
    }

    /** Starts a new project that answers a team's own questionnaire, read from the given file. */
    public void newProjectFrom(Path questionnaireFile) {
        whenSafeToDiscard(() -> runIo(() -> new QuestionnaireReader().read(questionnaireFile), this::startWith,
                e -> error("error.questionnaire.title", e, questionnaireFile)));
    }

    private void startWith(Questionnaire answered) {
        guard(new LockResult.NotPossible(null), null);
        Project fresh = Project.create("", answered.ref(), services.clock().instant());
        // an empty new project is not "changed": nothing would be lost by closing it
        show(fresh, fresh, null, answered);
    }

    /** Opens a project chosen by the user. */
    public void open() {
        whenSafeToDiscard(() -> services.prompts().chooseProjectToOpen(folder())
                .ifPresent(this::openWithoutAsking));
    }

    public void open(Path path) {
        whenSafeToDiscard(() -> openWithoutAsking(path));
    }

    /** Opens the example project as a new, unsaved copy, so the shipped file is never overwritten. */
    public void openExample(byte[] exampleBytes) {
        whenSafeToDiscard(() -> runIo(() -> services.files().read(exampleBytes), example -> {
            Project copy = example.withInfo(example.info().withModified(services.clock().instant()));
            guard(new LockResult.NotPossible(null), null);
            show(copy, null, null, services.questionnaire());
        }, e -> error("error.open.title", e, null)));
    }

    private void openWithoutAsking(Path path) {
        runIo(() -> {
            OpenedProject tracked = services.files().openTracked(path);
            ProjectFile read = tracked.file();
            QuestionnaireResolver.Resolved resolved = resolver.resolve(read);
            return new Opened(resolved.project(read), read.project(), resolved.questionnaire(), resolved.upgrade(),
                    tracked.fingerprint(), services.guard().lock(path));
        }, opened -> {
            if (opened.lock() instanceof LockResult.HeldByOther other) {
                Prompts.LockedChoice choice = services.prompts().askLocked(path.getFileName().toString(),
                        describe(other.owner()));
                switch (choice) {
                    case READ_ONLY -> shown(opened, path, new LockResult.NotPossible(null), true);
                    case ANYWAY -> runIo(() -> services.guard().lockAnyway(path), lock -> shown(opened, path, lock, false),
                            e -> error("error.open.title", e, path));
                    case CANCEL -> { }
                }
                return;
            }
            shown(opened, path, opened.lock(), false);
        }, e -> error("error.open.title", e, path));
    }

    private void shown(Opened opened, Path path, LockResult lock, boolean asReadOnly) {
        guard(lock, asReadOnly ? null : opened.fingerprint());
        show(opened.project(), opened.asSaved(), path, opened.questionnaire());
        readOnly.set(asReadOnly);
        onFileChanged.accept(path);
        opened.upgrade().filter(QuestionnaireUpgrade::hasFindings).ifPresent(onUpgraded);
    }

    private String describe(LockOwner owner) {
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                .withLocale(messages.get().locale()).withZone(services.clock().getZone());
        return messages.get().get("dialog.locked.content", owner.user(), owner.host(),
                owner.since() == null ? "?" : format.format(owner.since()));
    }

    /** Guards the file from now on (lock, fingerprint, recovery copies), off the JavaFX thread. */
    private void guard(LockResult lock, FileFingerprint fingerprint) {
        services.background().run(() -> {
            services.guard().guard(lock, fingerprint);
            return null;
        }, done -> { }, e -> { });
    }

    /**
     * Checks whether someone else changed the file since it was opened or saved (the window calls this when
     * it gets the focus back) and, if so, asks what to do.
     */
    public void checkExternalChange() {
        Path current = file.get();
        if (current == null || project.get() == null || readOnly.get() || busy.get()) {
            return;
        }
        services.background().run(() -> services.guard().changeOnDisk(current), change -> {
            if (change.isPresent() && current.equals(file.get())) {
                resolveChange(current, () -> { });
            }
        }, e -> { });
    }

    private void resolveChange(Path path, Runnable then) {
        switch (services.prompts().askChanged(path.getFileName().toString())) {
            case OVERWRITE -> write(path, then, true);
            case SAVE_AS -> saveAs(then);
            case RELOAD -> openWithoutAsking(path);
            case CANCEL -> { }
        }
    }

    /** Restores unsaved work from a recovery copy left by a crash: it opens as unsaved changes to its file. */
    public void restore(RecoveryCopy copy) {
        services.guard().recovery().ifPresent(store -> whenSafeToDiscard(() -> runIo(() -> {
            ProjectFile read = store.restoreFile(copy);
            QuestionnaireResolver.Resolved resolved = resolver.resolve(read);
            Path original = copy.originalFile().orElse(null);
            LockResult lock = original == null ? new LockResult.NotPossible(null) : services.guard().lock(original);
            FileFingerprint onDisk = original != null && java.nio.file.Files.isRegularFile(original)
                    ? FileFingerprint.of(original) : null;
            return new Opened(resolved.project(read), null, resolved.questionnaire(), Optional.empty(), onDisk, lock);
        }, opened -> {
            Path original = copy.originalFile().orElse(null);
            guard(opened.lock(), opened.fingerprint());
            services.guard().restoredFrom(copy);
            show(opened.project(), null, original, opened.questionnaire());
        }, e -> error("error.restore.title", e, null))));
    }

    /** Called after opening a project whose questionnaire was upgraded, with what changed. */
    public void setOnUpgraded(Consumer<QuestionnaireUpgrade> listener) {
        onUpgraded = listener;
    }

    /** Saves to the project's file, or asks for one; {@code then} runs after a successful save. */
    public void save(Runnable then) {
        if (project.get() == null) {
            return;
        }
        if (file.get() == null || readOnly.get()) {
            saveAs(then);
        } else {
            write(file.get(), then, false);
        }
    }

    public void save() {
        save(() -> { });
    }

    public void saveAs(Runnable then) {
        if (project.get() == null) {
            return;
        }
        String suggested = suggestedFileName(project.get().info().name());
        services.prompts().chooseProjectToSave(folder(), suggested)
                .ifPresent(path -> write(withExtension(path), then, false));
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    /** Closes the project (asking about unsaved changes first). */
    public void close() {
        whenSafeToDiscard(() -> {
            release();
            project.set(null);
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
        }, done -> { }, e -> { });
    }

    private void write(Path path, Runnable then, boolean overwrite) {
        Project before = project.get();
        Project stamped = before.withInfo(before.info().withModified(services.clock().instant()));
        Path previous = file.get();
        boolean sameFile = path.equals(previous) && !readOnly.get();
        runIo(() -> {
            FileGuard guard = services.guard();
            if (sameFile && !overwrite && guard.changeOnDisk(path).isPresent()) {
                return new Written(stamped, true);
            }
            SaveResult result = services.files().save(path, stamped, questionnaire());
            if (!sameFile) {
                guard.guard(guard.lock(path), result.fingerprint());
            }
            guard.saved(result.fingerprint(), stamped);
            return new Written(stamped, false);
        }, outcome -> {
            if (outcome.changedOnDisk()) {
                resolveChange(path, then);
                return;
            }
            Project written = outcome.project();
            readOnly.set(false);
            saved.set(written);
            // edits made while the file was written stay unsaved; otherwise the project is the saved one
            if (project.get() == before) {
                project.set(written);
            }
            Path old = file.get();
            file.set(path);
            if (!path.equals(old)) {
                onFileChanged.accept(path);
            }
            then.run();
        }, e -> error("error.save.title", e, path));
    }

    private <T> void runIo(java.util.concurrent.Callable<T> work, Consumer<T> onSuccess,
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

    private void show(Project newProject, Project savedVersion, Path path, Questionnaire answered) {
        saved.set(savedVersion);
        file.set(path);
        questionnaire.set(answered);
        project.set(newProject);
        generation.set(generation.get() + 1);
    }

    private void error(String titleKey, Exception e, Path path) {
        Messages messages = this.messages.get();
        String title = messages.get(titleKey, path == null ? "" : path.getFileName());
        String details;
        if (e instanceof ProblemException problem) {
            List<String> lines = problem.problems().stream().limit(5).map(messages::problem).toList();
            details = String.join("\n", lines);
        } else {
            details = messages.get("error.io", String.valueOf(e.getMessage()));
        }
        services.prompts().showError(title, details);
    }

    private Path folder() {
        Path current = file.get();
        return current == null || current.toAbsolutePath().getParent() == null ? null
                : current.toAbsolutePath().getParent();
    }

    static String suggestedFileName(String projectName) {
        String base = projectName.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").replaceAll("\\s+", "-")
                .toLowerCase(java.util.Locale.ROOT);
        if (base.length() > 60) {
            base = base.substring(0, 60);
        }
        return (base.isEmpty() ? "project" : base) + ProjectFiles.EXTENSION;
    }

    static Path withExtension(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(ProjectFiles.EXTENSION) ? path : path.resolveSibling(name + ProjectFiles.EXTENSION);
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file.get());
    }
}
