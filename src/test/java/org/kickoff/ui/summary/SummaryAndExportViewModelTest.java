package org.kickoff.ui.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Value;
import org.kickoff.i18n.Messages;
import org.kickoff.report.ExportFormat;
import org.kickoff.report.PaperSize;
import org.kickoff.ui.FakePrompts;
import org.kickoff.ui.TestDocuments;
import org.kickoff.ui.common.Background;
import org.kickoff.ui.session.ProjectDocument;

class SummaryAndExportViewModelTest {

    @TempDir
    Path dir;

    private final FakePrompts prompts = new FakePrompts();
    private final ProjectDocument document = TestDocuments.document(prompts);
    private final List<String> shown = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private ExportViewModel export;

    @BeforeEach
    void setUp() {
        document.newProject();
        document.setAnswer("second.story", Answer.answered(new Value.Text("Once upon a time")));
        export = new ExportViewModel(document, TestDocuments.CLOCK, Background.direct(), prompts);
        export.setOnNotice(notices::add);
    }

    @Test
    void theSummaryIsBuiltFromTheProjectAsItIsAndLeadsBackToItsQuestions() {
        SummaryViewModel summary = new SummaryViewModel(document, shown::add, Messages.forLanguage("en"),
                TestDocuments.CLOCK, Background.direct(), prompts);
        summary.refresh();
        assertEquals(1, summary.summaryProperty().get().header().answered());
        assertTrue(summary.summaryProperty().get().risks().stream()
                .noneMatch(r -> r.id().equals("second.story")), "answered: no risk for leaving it open");
        summary.showQuestion("second.story");
        assertEquals(List.of("second.story"), shown);
    }

    @Test
    void anExportGoesWhereTheUserChoseAndSaysSo() throws Exception {
        Path target = dir.resolve("summary.md");
        prompts.exportTargets.add(target);
        assertEquals(org.kickoff.report.Document.BRIEF, export.documentProperty().get(), "the brief first");
        export.documentProperty().set(org.kickoff.report.Document.FULL);
        export.export(ExportFormat.MARKDOWN, PaperSize.A4);
        assertTrue(Files.readString(target, StandardCharsets.UTF_8).contains("Once upon a time"),
                "the full record has every answer");
        assertEquals(List.of("Exported to summary.md"), notices);
        assertTrue(prompts.errors.isEmpty());
    }

    @Test
    void theProjectFileItselfIsNeverTheExportTarget() throws Exception {
        Path file = dir.resolve("p.kickoff");
        prompts.filesToSave.add(file);
        document.save();
        byte[] before = Files.readAllBytes(file);
        export.exportTo(file, ExportFormat.HTML, PaperSize.A4);
        assertEquals(1, prompts.errors.size());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the project is untouched");
        assertTrue(notices.isEmpty());
    }

    @Test
    void aFailedExportIsToldAndLeavesNothingBehind() {
        Path target = dir.resolve("missing-folder/summary.pdf");
        export.exportTo(target, ExportFormat.PDF, PaperSize.A4);
        assertEquals(1, prompts.errors.size());
        assertFalse(Files.exists(target));
    }

    @Test
    void printingGetsThePdfOfTheProjectAsItIs() {
        List<byte[]> pdfs = new ArrayList<>();
        export.print(PaperSize.LETTER, (pdf, cancelled, done) -> {
            pdfs.add(pdf);
            done.run();
        });
        assertEquals(1, pdfs.size());
        assertFalse(export.exportingProperty().get());
        assertEquals("%PDF", new String(pdfs.get(0), 0, 4, StandardCharsets.ISO_8859_1));
    }
}
