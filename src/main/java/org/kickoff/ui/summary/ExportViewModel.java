package org.kickoff.ui.summary;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.i18n.Messages;
import org.kickoff.report.ExportFormat;
import org.kickoff.report.ExportOptions;
import org.kickoff.report.PaperSize;
import org.kickoff.report.Summary;
import org.kickoff.storage.AtomicFile;
import org.kickoff.ui.common.Background;
import org.kickoff.ui.common.Prompts;
import org.kickoff.ui.session.ProjectDocument;

/**
 * Exports the summary (PDF in A4 or Letter, HTML, Markdown, CSV) to a file the user picks, and makes the
 * PDF that printing prints. Everything heavy runs in the background; the project is read as it is when
 * the command is given.
 */
public final class ExportViewModel {

    private final ProjectDocument document;
    private final Clock clock;
    private final Background background;
    private final Prompts prompts;
    private Consumer<String> notice = text -> { };
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> exportTarget = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ObjectProperty<org.kickoff.report.Document> documentKind =
            new javafx.beans.property.SimpleObjectProperty<>(this, "document", org.kickoff.report.Document.BRIEF);
    /** The export or print under way; set and read on the JavaFX thread only. */
    private Job running;

    /**
     * An export or print under way, as its background work and the user's Cancel see it. The two race for it:
     * once the file is being written, the export can no longer be cancelled (it finishes in a moment), and once
     * it is cancelled nothing is written.
     */
    private static final class Job {
        private static final int RUNNING = 0;
        private static final int CANCELLED = 1;
        private static final int WRITING = 2;
        private final AtomicInteger state = new AtomicInteger(RUNNING);
        /** The file it writes; null for a print. */
        private final Path target;

        Job(Path target) {
            this.target = target;
        }

        boolean cancelled() {
            return state.get() == CANCELLED;
        }

        /** False when the file is already being written. */
        boolean cancel() {
            return state.compareAndSet(RUNNING, CANCELLED);
        }

        /** False when it was cancelled: then nothing may be written. */
        boolean startWriting() {
            return state.compareAndSet(RUNNING, WRITING);
        }
    }

    /**
     * Sends a PDF's pages to a printer from a thread of its own, asking {@code cancelled} between pages, and
     * runs {@code done} on the JavaFX thread when it has ended (printed, failed or cancelled).
     */
    public interface PagePrinter {
        void print(byte[] pdf, BooleanSupplier cancelled, Runnable done);
    }

    public ExportViewModel(ProjectDocument document, Clock clock, Background background, Prompts prompts) {
        this.document = document;
        this.clock = clock;
        this.background = background;
        this.prompts = prompts;
    }

    /** Receives a short confirmation to show after an export ("Exported to ..."). */
    public void setOnNotice(Consumer<String> listener) {
        notice = listener;
    }

    private Messages messages() {
        return document.messagesProperty().get();
    }

    /**
     * Makes one PDF of the open project (or, with none open, of an empty one) with {@code executor} and throws it
     * away: nothing is written, shown or counted as an export. The PDF engine's first run after a start loads its
     * classes, reads the fonts and has its code compiled (the example's meeting brief took 2 s in a fresh window,
     * 0.1 s the next time); the window does this once it has been idle for a moment, so that the user's first
     * export or print takes as long as the next. Returns at once, with the size of the PDF made to come (0
     * when it failed, which is only logged: the first export then warms the engine itself).
     */
    public java.util.concurrent.CompletableFuture<Integer> warmUp(java.util.concurrent.Executor executor) {
        Questionnaire questionnaire = document.questionnaire();
        Project open = document.project();
        Project project = open != null ? open : Project.create("", questionnaire.ref(), clock.instant());
        Messages messages = messages();
        // the document the summary exports (the brief, unless the user chose the full record): warming with the
        // full record took longer than the moment after the first frame and made a brief exported then slower
        ExportOptions options = new ExportOptions(defaultPaper(), documentKind.get());
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return ExportFormat.PDF.exporter().export(Summary.of(questionnaire, project, messages, clock),
                        options).length;
            } catch (java.io.IOException | RuntimeException e) {
                System.getLogger(ExportViewModel.class.getName()).log(System.Logger.Level.INFO,
                        "the PDF engine's warm-up failed; the first export will warm it", e);
                return 0;
            }
        }, executor);
    }

    /** The paper usual where the user is. */
    public PaperSize defaultPaper() {
        return PaperSize.forLocale(Locale.getDefault());
    }

    /** Asks where to, then exports. */
    public void export(ExportFormat format, PaperSize paper) {
        if (document.project() == null) {
            return;
        }
        if (format.isFolder()) {
            Path start = document.file().map(f -> f.toAbsolutePath().getParent()).orElse(null);
            prompts.chooseFolder(start).ifPresent(folder -> records(folder, format));
            return;
        }
        String base = document.file().map(f -> f.getFileName().toString().replaceFirst("\\.kickoff$", ""))
                .orElse("summary");
        Path folder = document.file().map(f -> f.toAbsolutePath().getParent()).orElse(null);
        String name = format.kind() == ExportFormat.Kind.WORK ? base + "-" + format.id() + "." + format.extension()
                : base + "." + format.extension();
        prompts.chooseExportTarget(folder, name, format)
                .ifPresent(target -> exportTo(target, format, paper));
    }

    /** True from the start of an export or print until it is written (or printed), fails or is cancelled. */
    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** The file the running export writes; null while nothing is exported or while printing. */
    public ReadOnlyObjectProperty<Path> exportTargetProperty() {
        return exportTarget.getReadOnlyProperty();
    }

    /**
     * Cancels the running export or print: nothing is written (or no further page printed) and the window is
     * free at once. A PDF being made stops at its next line of text or page. Does nothing once the file is
     * being written: that ends in a moment, with "Exported to ...".
     */
    public void cancel() {
        Job job = running;
        if (job != null && job.cancel()) {
            finished(job);
            notice.accept(messages().get(job.target == null ? "print.cancelled" : "export.cancelled"));
        }
    }

    private Job start(Path target) {
        Job job = new Job(target);
        running = job;
        exportTarget.set(target);
        exporting.set(true);
        return job;
    }

    private void finished(Job job) {
        if (running == job) {
            running = null;
            exporting.set(false);
            exportTarget.set(null);
        }
    }

    public void exportTo(Path target, ExportFormat format, PaperSize paper) {
        Project project = document.project();
        Questionnaire questionnaire = document.questionnaire();
        Messages messages = messages();
        if (document.file().map(f -> f.toAbsolutePath().equals(target.toAbsolutePath())).orElse(false)) {
            prompts.showError(messages.get("export.error.title", target.getFileName()),
                    messages.get("export.error.project-file"));
            return;
        }
        ExportOptions options = new ExportOptions(paper, documentKind.get());
        Job job = start(target);
        background.run(() -> {
            byte[] bytes = format.exporter().export(Summary.of(questionnaire, project, messages, clock), options,
                    job::cancelled);
            if (!job.startWriting()) {
                return null;
            }
            // atomic: the target holds its old content or the whole export, never a part
            AtomicFile.write(target, bytes);
            return target;
        }, written -> {
            finished(job);
            if (written != null) {
                notice.accept(messages.get("export.done", written.getFileName()));
            }
        }, e -> {
            finished(job);
            if (!job.cancelled()) {
                prompts.showError(messages.get("export.error.title", target.getFileName()),
                        messages.get("error.io", String.valueOf(e.getMessage())));
            }
        });
    }

    /** The document the summary's exports make: the meeting brief (first) or the full record. */
    public javafx.beans.property.ObjectProperty<org.kickoff.report.Document> documentProperty() {
        return documentKind;
    }

    /** Writes the decision records into the folder, and says what it wrote and what it left alone. */
    public void records(Path folder, ExportFormat format) {
        Project project = document.project();
        Questionnaire questionnaire = document.questionnaire();
        Messages messages = messages();
        background.run(() -> new org.kickoff.report.DecisionRecords(format.recordForm(), messages)
                .write(Summary.of(questionnaire, project, messages, clock), folder), result -> {
                    long written = result.written().stream().filter(p -> !p.endsWith("index.md")).count();
                    long updated = result.updated().stream().filter(p -> !p.endsWith("index.md")).count();
                    notice.accept(messages.get("export.records-done", written, updated, folder.getFileName()));
                    java.util.List<String> left = new java.util.ArrayList<>();
                    result.leftEdited().forEach(p -> left.add(messages.get("adr.left-edited", p.getFileName())));
                    result.supersededByHand().forEach(p -> left.add(messages.get("adr.supersede-by-hand", p.getFileName())));
                    result.duplicates().forEach(d -> left.add(messages.get("adr.duplicate-number", d)));
                    if (!left.isEmpty()) {
                        prompts.showInfo(messages.get("export.records-left"), String.join("\n", left));
                    }
                }, e -> prompts.showError(messages.get("export.error.title", folder.getFileName()),
                        messages.get("error.io", String.valueOf(e.getMessage()))));
    }

    /**
     * Prints the summary: makes it as a PDF on the given paper in the background, then hands it to
     * {@code printer}. Counts as running (and can be cancelled) until the printer is done.
     */
    public void print(PaperSize paper, PagePrinter printer) {
        Project project = document.project();
        Questionnaire questionnaire = document.questionnaire();
        Messages messages = messages();
        ExportOptions options = new ExportOptions(paper, documentKind.get());
        Job job = start(null);
        background.run(() -> ExportFormat.PDF.exporter().export(Summary.of(questionnaire, project, messages, clock),
                options, job::cancelled), pdf -> {
                    if (job.cancelled()) {
                        return;
                    }
                    printer.print(pdf, job::cancelled, () -> finished(job));
                }, e -> {
                    finished(job);
                    if (!job.cancelled()) {
                        prompts.showError(messages.get("print.error"),
                                messages.get("error.io", String.valueOf(e.getMessage())));
                    }
                });
    }
}
