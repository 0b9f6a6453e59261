package org.kickoff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A PDF export stops soon after it is cancelled, wherever it is, instead of running to its end. */
class PdfCancelTest {

    private static final ExportOptions RECORD = new ExportOptions(PaperSize.A4, Document.FULL);

    @Test
    void theRendererAsksThroughoutItsWorkAndStopsAtOnce() throws IOException {
        Summary summary = ReportFixtures.exampleSummary("en");
        AtomicInteger asked = new AtomicInteger();
        byte[] pdf = ExportFormat.PDF.exporter().export(summary, RECORD, () -> asked.incrementAndGet() < 0);
        int pages;
        try (PdfPages document = PdfPages.open(pdf)) {
            pages = document.count();
        }
        int whole = asked.get();
        // every run of text laid out and every page drawn: far more often than once a page
        assertTrue(whole > 10 * pages, whole + " questions for " + pages + " pages");

        for (int at : new int[] {1, whole / 2, whole - 1}) {
            AtomicInteger count = new AtomicInteger();
            assertThrows(CancellationException.class,
                    () -> ExportFormat.PDF.exporter().export(summary, RECORD, () -> count.incrementAndGet() >= at));
            assertEquals(at, count.get(), "nothing more is done once it is cancelled (at " + at + " of " + whole + ")");
        }
    }

    @Test
    void aQuickFormatThrowsItsWorkAwayWhenCancelled() {
        Summary summary = ReportFixtures.exampleSummary("en");
        assertThrows(CancellationException.class,
                () -> ExportFormat.MARKDOWN.exporter().export(summary, RECORD, () -> true));
    }
}
