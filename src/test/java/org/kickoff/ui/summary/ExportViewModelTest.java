package org.kickoff.ui.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
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

/** An export in the window can be cancelled while it runs: the window is free at once and nothing is written. */
class ExportViewModelTest {

    /** Background work held until the test lets it run, as a slow PDF would be. */
    private static final class HeldBackground implements Background {
        final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            held.add(() -> Background.direct().run(work, onSuccess, onFailure));
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.poll().run();
            }
        }
    }

    @Test
    void aCancelledExportWritesNothingAndFreesTheWindowAtOnce(@TempDir Path dir) {
        HeldBackground background = new HeldBackground();
        FakePrompts prompts = new FakePrompts();
        ProjectDocument document = new ProjectDocument(new ProjectDocument.Services(Fixtures.mini(), new ProjectFiles(),
                background, prompts, TestDocuments.CLOCK), Messages.forLanguage("en"));
        background.held.clear();
        document.newProject();
        background.runAll();
        ExportViewModel export = new ExportViewModel(document, TestDocuments.CLOCK, background, prompts);
        List<String> notices = new ArrayList<>();
        export.setOnNotice(notices::add);

        Path pdf = dir.resolve("summary.pdf");
        export.exportTo(pdf, ExportFormat.PDF, PaperSize.A4);
        assertTrue(export.exportingProperty().get(), "running");
        export.cancel();
        assertFalse(export.exportingProperty().get(), "free at once");
        assertEquals(List.of("Export cancelled; nothing was written."), notices);
        background.runAll();
        assertFalse(Files.exists(pdf), "the finished work is thrown away");
        assertEquals(List.of("Export cancelled; nothing was written."), notices, "no \"Exported to\" afterwards");
        assertEquals(List.of(), prompts.errors);

        Path html = dir.resolve("summary.html");
        export.exportTo(html, ExportFormat.HTML, PaperSize.A4);
        background.runAll();
        assertTrue(Files.exists(html), "an export not cancelled is written");
        assertFalse(export.exportingProperty().get());
        assertEquals("Exported to summary.html", notices.get(1));
    }
}
