package org.kickoff.ui.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.i18n.Messages;
import org.kickoff.report.ExportFormat;
import org.kickoff.report.PaperSize;
import org.kickoff.storage.ProjectFiles;
import org.kickoff.ui.FakePrompts;
import org.kickoff.ui.TestDocuments;
import org.kickoff.ui.common.Background;
import org.kickoff.ui.session.ProjectDocument;

/**
 * An export or print in the window can be cancelled while it runs: the window is free at once, nothing is
 * written and no further page printed.
 */
class ExportViewModelTest {

    /** Background work held until the test lets it run, as a slow PDF would be. */
    private static final class HeldBackground implements Background {
        final Deque<Runnable> held = new ArrayDeque<>();
        /** What the work threw, in order. */
        final List<Exception> failures = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            held.add(() -> Background.direct().run(work, onSuccess, e -> {
                failures.add(e);
                onFailure.accept(e);
            }));
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.poll().run();
            }
        }
    }

    private final HeldBackground background = new HeldBackground();
    private final FakePrompts prompts = new FakePrompts();
    private final List<String> notices = new ArrayList<>();

    private ProjectDocument document;

    private ExportViewModel export() {
        document = new ProjectDocument(new ProjectDocument.Services(Fixtures.mini(), new ProjectFiles(),
                background, prompts, TestDocuments.CLOCK), Messages.forLanguage("en"));
        background.held.clear();
        document.newProject();
        background.runAll();
        ExportViewModel export = new ExportViewModel(document, TestDocuments.CLOCK, background, prompts);
        export.setOnNotice(notices::add);
        return export;
    }

    @Test
    void aCancelledExportWritesNothingAndFreesTheWindowAtOnce(@TempDir Path dir) {
        ExportViewModel export = export();
        Path pdf = dir.resolve("summary.pdf");
        export.exportTo(pdf, ExportFormat.PDF, PaperSize.A4);
        assertTrue(export.exportingProperty().get(), "running");
        assertEquals(pdf, export.exportTargetProperty().get(), "what the progress names");
        export.cancel();
        assertFalse(export.exportingProperty().get(), "free at once");
        assertNull(export.exportTargetProperty().get());
        assertEquals(List.of("Export cancelled; nothing was written."), notices);
        background.runAll();
        assertFalse(Files.exists(pdf), "nothing written");
        assertEquals(1, background.failures.size());
        assertInstanceOf(CancellationException.class, background.failures.get(0),
                "the PDF stopped instead of being made to the end and thrown away");
        assertEquals(List.of("Export cancelled; nothing was written."), notices, "no \"Exported to\" afterwards");
        assertEquals(List.of(), prompts.errors);

        Path html = dir.resolve("summary.html");
        export.exportTo(html, ExportFormat.HTML, PaperSize.A4);
        background.runAll();
        assertTrue(Files.exists(html), "an export not cancelled is written");
        assertFalse(export.exportingProperty().get());
        assertEquals("Exported to summary.html", notices.get(1));
    }

    @Test
    void printingCanBeCancelledWhileThePdfIsMadeAndBetweenPages() {
        ExportViewModel export = export();
        List<byte[]> printed = new ArrayList<>();
        List<BooleanSupplier> cancelChecks = new ArrayList<>();
        List<Runnable> dones = new ArrayList<>();
        ExportViewModel.PagePrinter printer = (pdf, cancelled, done) -> {
            printed.add(pdf);
            cancelChecks.add(cancelled);
            dones.add(done);
        };

        export.print(PaperSize.A4, printer);
        assertTrue(export.exportingProperty().get());
        assertNull(export.exportTargetProperty().get(), "a print writes no file");
        export.cancel();
        assertFalse(export.exportingProperty().get(), "free at once");
        background.runAll();
        assertEquals(List.of(), printed, "no page goes to the printer");
        assertInstanceOf(CancellationException.class, background.failures.get(0));
        assertEquals(List.of("Printing cancelled; no further page goes to the printer."), notices);
        assertEquals(List.of(), prompts.errors);

        export.print(PaperSize.LETTER, printer);
        background.runAll();
        assertEquals(1, printed.size());
        assertTrue(export.exportingProperty().get(), "running while the pages go to the printer");
        assertFalse(cancelChecks.get(0).getAsBoolean());
        export.cancel();
        assertTrue(cancelChecks.get(0).getAsBoolean(), "the printer stops before its next page");
        assertFalse(export.exportingProperty().get());
        dones.get(0).run();
        assertFalse(export.exportingProperty().get());

        export.print(PaperSize.A4, printer);
        background.runAll();
        dones.get(1).run();
        assertFalse(export.exportingProperty().get(), "done when the printer is done");
        assertFalse(cancelChecks.get(1).getAsBoolean());
        export.cancel();
        assertEquals(2, notices.size(), "nothing to cancel once it is done");
    }

    @Test
    void theWarmUpMakesAPdfOnItsOwnThreadAndLeavesNoTrace(@TempDir Path dir) throws Exception {
        ExportViewModel export = export();
        document.setAnswer("first.containers", org.kickoff.domain.Answer.answered(
                new org.kickoff.domain.Value.YesNo(true)));
        document.undo();
        org.kickoff.domain.Project before = document.project();
        boolean dirty = document.isDirty();
        Deque<Runnable> executor = new ArrayDeque<>();

        java.util.concurrent.CompletableFuture<Integer> made = export.warmUp(executor::add);
        assertEquals(1, executor.size(), "handed to the executor, not made on the calling (JavaFX) thread");
        assertFalse(made.isDone());
        executor.poll().run();
        assertTrue(made.get() > 1000, "a whole PDF was made: " + made.get() + " bytes");
        assertFalse(export.exportingProperty().get(), "no export under way, nothing to cancel");
        assertEquals(List.of(), notices, "nothing said");
        assertEquals(List.of(), prompts.errors);
        assertTrue(background.held.isEmpty(), "the background pool that saves stays free");
        assertEquals(dirty, document.isDirty());
        assertEquals(before, document.project());
        assertTrue(document.history().canRedoProperty().get(), "the undo history as it was: redo still possible");
        assertFalse(document.history().canUndoProperty().get());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void theWarmUpWorksWithNoProjectOpen() throws Exception {
        ProjectDocument document = new ProjectDocument(new ProjectDocument.Services(Fixtures.mini(), new ProjectFiles(),
                background, prompts, TestDocuments.CLOCK), Messages.forLanguage("de"));
        ExportViewModel export = new ExportViewModel(document, TestDocuments.CLOCK, background, prompts);
        assertNull(document.project());
        assertTrue(export.warmUp(Runnable::run).get() > 1000, "an empty project's PDF");
    }
}
