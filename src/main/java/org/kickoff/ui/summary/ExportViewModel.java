package org.kickoff.ui.summary;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
    private final javafx.beans.property.ObjectProperty<org.kickoff.report.Document> documentKind =
            new javafx.beans.property.SimpleObjectProperty<>(this, "document", org.kickoff.report.Document.BRIEF);
    /** The running export's mark, set when it is cancelled; touched on the JavaFX thread only. */
    private AtomicBoolean running;

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

    /** True from the start of an export to a file until it is written, fails or is cancelled. */
    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /**
     * Cancels the running export: nothing is written, and the window is free at once. A PDF being laid out
     * finishes in the background (its work is bounded to seconds) and is thrown away.
     */
    public void cancel() {
        if (running != null) {
            running.set(true);
            running = null;
            exporting.set(false);
            notice.accept(messages().get("export.cancelled"));
        }
    }

    private void finished(AtomicBoolean job) {
        if (running == job) {
            running = null;
            exporting.set(false);
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
        AtomicBoolean cancelled = new AtomicBoolean();
        running = cancelled;
        exporting.set(true);
        background.run(() -> {
            byte[] bytes = format.exporter().export(Summary.of(questionnaire, project, messages, clock),
                    new ExportOptions(paper, documentKind.get()));
            if (cancelled.get()) {
                return null;
            }
            AtomicFile.write(target, bytes);
            return target;
        }, written -> {
            finished(cancelled);
            if (written != null && !cancelled.get()) {
                notice.accept(messages.get("export.done", written.getFileName()));
            }
        }, e -> {
            finished(cancelled);
            if (!cancelled.get()) {
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

    /** Makes the summary as a PDF on the given paper, for printing. */
    public void pdf(PaperSize paper, Consumer<byte[]> then) {
        Project project = document.project();
        Questionnaire questionnaire = document.questionnaire();
        Messages messages = messages();
        background.run(() -> ExportFormat.PDF.exporter().export(
                Summary.of(questionnaire, project, messages, clock), new ExportOptions(paper, documentKind.get())), then,
                e -> prompts.showError(messages.get("print.error"),
                        messages.get("error.io", String.valueOf(e.getMessage()))));
    }
}
