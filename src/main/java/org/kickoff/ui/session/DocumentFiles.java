package org.kickoff.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.QuestionnaireUpgrade;
import org.kickoff.i18n.Messages;
import org.kickoff.storage.FileFingerprint;
import org.kickoff.storage.LockOwner;
import org.kickoff.storage.LockResult;
import org.kickoff.storage.OpenedProject;
import org.kickoff.storage.ProjectFile;
import org.kickoff.storage.ProjectFiles;
import org.kickoff.storage.QuestionnaireReader;
import org.kickoff.storage.QuestionnaireResolver;
import org.kickoff.storage.RecoveryCopy;
import org.kickoff.storage.SaveResult;
import org.kickoff.ui.common.Prompts;

/**
 * The document's file commands: new, open, restore, save, and what to do when someone else changed the
 * file. Reading and writing run off the JavaFX thread (through the document's {@code runIo}); the document
 * only learns the outcome. Split from {@link ProjectDocument}, which keeps the state and the edits.
 */
final class DocumentFiles {

    private static final System.Logger LOG = System.getLogger(DocumentFiles.class.getName());

    /** A project read from a file, with the questionnaire to work on it with and what its upgrade found. */
    private record Opened(Project project, Project asSaved, Questionnaire questionnaire,
                          Optional<QuestionnaireUpgrade> upgrade, FileFingerprint fingerprint, LockResult lock) {
    }

    /** What a save found: written, or the file on disk changed by someone else since it was read. */
    private record Written(Project project, boolean changedOnDisk) {
    }

    private final ProjectDocument document;
    private final ProjectDocument.Services services;
    private final QuestionnaireResolver resolver;

    DocumentFiles(ProjectDocument document, ProjectDocument.Services services) {
        this.document = document;
        this.services = services;
        this.resolver = new QuestionnaireResolver(services.questionnaire());
    }

    void newProject() {
        document.whenSafeToDiscard(() -> startWith(services.questionnaire()));
    }

    void newProjectFromQuestionnaire() {
        document.whenSafeToDiscard(() -> services.prompts().chooseQuestionnaire(document.folder())
                .ifPresent(this::newProjectFrom));
    }

    void newProjectFrom(Path questionnaireFile) {
        document.whenSafeToDiscard(() -> document.runIo(() -> new QuestionnaireReader().read(questionnaireFile),
                this::startWith, e -> document.error("error.questionnaire.title", e, questionnaireFile)));
    }

    private void startWith(Questionnaire answered) {
        guard(new LockResult.NotPossible(null), null);
        Project fresh = Project.create("", answered.ref(), services.clock().instant());
        // an empty new project is not "changed": nothing would be lost by closing it
        document.show(fresh, fresh, null, answered);
    }

    void open() {
        document.whenSafeToDiscard(() -> services.prompts().chooseProjectToOpen(document.folder())
                .ifPresent(this::openWithoutAsking));
    }

    void open(Path path) {
        document.whenSafeToDiscard(() -> openWithoutAsking(path));
    }

    void openExample(byte[] exampleBytes) {
        document.whenSafeToDiscard(() -> document.runIo(() -> services.files().read(exampleBytes), example -> {
            // an untitled copy, unchanged until edited: closing it asks nothing, saving it asks where
            String name = document.messagesProperty().get().get("project.copy-of", example.info().name());
            Project copy = example.withInfo(example.info().withName(name));
            guard(new LockResult.NotPossible(null), null);
            document.show(copy, copy, null, services.questionnaire());
        }, e -> document.error("error.open.title", e, null)));
    }

    private void openWithoutAsking(Path path) {
        document.runIo(() -> {
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
                    case ANYWAY -> document.runIo(() -> services.guard().lockAnyway(path),
                            lock -> shown(opened, path, lock, false), e -> document.error("error.open.title", e, path));
                    case CANCEL -> { }
                }
                return;
            }
            shown(opened, path, opened.lock(), false);
        }, e -> document.error("error.open.title", e, path));
    }

    private void shown(Opened opened, Path path, LockResult lock, boolean asReadOnly) {
        guard(lock, asReadOnly ? null : opened.fingerprint());
        document.show(opened.project(), opened.asSaved(), path, opened.questionnaire());
        document.setReadOnly(asReadOnly);
        document.fileChanged(path);
        opened.upgrade().filter(QuestionnaireUpgrade::hasFindings).ifPresent(document::upgraded);
    }

    private String describe(LockOwner owner) {
        Messages messages = document.messagesProperty().get();
        return messages.get("dialog.locked.content", owner.user(), owner.host(),
                owner.since() == null ? "?" : messages.dateTime(owner.since(), services.clock().getZone()));
    }

    /** Guards the file from now on (lock, fingerprint, recovery copies), off the JavaFX thread. */
    private void guard(LockResult lock, FileFingerprint fingerprint) {
        services.background().run(() -> {
            services.guard().guard(lock, fingerprint);
            return null;
        }, done -> { }, e -> LOG.log(System.Logger.Level.WARNING, "the project's file could not be guarded", e));
    }

    void checkExternalChange() {
        Path current = document.file().orElse(null);
        if (current == null || document.project() == null || document.readOnlyProperty().get()
                || document.busyProperty().get()) {
            return;
        }
        services.background().run(() -> services.guard().changeOnDisk(current), change -> {
            if (change.isPresent() && document.file().filter(current::equals).isPresent()) {
                resolveChange(current, () -> { });
            }
        }, e -> LOG.log(System.Logger.Level.WARNING, "the file could not be checked for changes", e));
    }

    private void resolveChange(Path path, Runnable then) {
        switch (services.prompts().askChanged(path.getFileName().toString())) {
            case OVERWRITE -> write(path, then, true);
            case SAVE_AS -> saveAs(then);
            case RELOAD -> openWithoutAsking(path);
            case CANCEL -> { }
        }
    }

    void restore(RecoveryCopy copy) {
        services.guard().recovery().ifPresent(store -> document.whenSafeToDiscard(() -> document.runIo(() -> {
            ProjectFile read = store.restoreFile(copy);
            QuestionnaireResolver.Resolved resolved = resolver.resolve(read);
            Path original = copy.originalFile().orElse(null);
            LockResult lock = original == null ? new LockResult.NotPossible(null) : services.guard().lock(original);
            FileFingerprint onDisk = original != null && Files.isRegularFile(original)
                    ? FileFingerprint.of(original) : null;
            return new Opened(resolved.project(read), null, resolved.questionnaire(), Optional.empty(), onDisk, lock);
        }, opened -> {
            Path original = copy.originalFile().orElse(null);
            guard(opened.lock(), opened.fingerprint());
            services.guard().restoredFrom(copy);
            document.show(opened.project(), null, original, opened.questionnaire());
        }, e -> document.error("error.restore.title", e, null))));
    }

    void save(Runnable then) {
        if (document.project() == null) {
            return;
        }
        Optional<Path> file = document.file();
        if (file.isEmpty() || document.readOnlyProperty().get()) {
            saveAs(then);
        } else {
            write(file.get(), then, false);
        }
    }

    void saveAs(Runnable then) {
        if (document.project() == null) {
            return;
        }
        String suggested = suggestedFileName(document.project().info().name());
        services.prompts().chooseProjectToSave(document.folder(), suggested)
                .ifPresent(path -> write(withExtension(path), then, false));
    }

    private void write(Path path, Runnable then, boolean overwrite) {
        Project before = document.project();
        Project stamped = before.withInfo(before.info().withModified(services.clock().instant()));
        boolean sameFile = document.file().filter(path::equals).isPresent() && !document.readOnlyProperty().get();
        document.runIo(() -> {
            FileGuard guard = services.guard();
            if (sameFile && !overwrite && guard.changeOnDisk(path).isPresent()) {
                return new Written(stamped, true);
            }
            SaveResult result = services.files().save(path, stamped, document.questionnaire());
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
            document.written(before, outcome.project(), path);
            then.run();
        }, e -> document.error("error.save.title", e, path));
    }

    static String suggestedFileName(String projectName) {
        String base = projectName.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").replaceAll("\\s+", "-")
                .toLowerCase(Locale.ROOT);
        if (base.length() > 60) {
            base = base.substring(0, 60);
        }
        return (base.isEmpty() ? "project" : base) + ProjectFiles.EXTENSION;
    }

    static Path withExtension(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(ProjectFiles.EXTENSION) ? path : path.resolveSibling(name + ProjectFiles.EXTENSION);
    }
}
