package org.kickoff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Answers with markup, 10,000 characters, a 300-character word, 200 list entries, emoji and right-to-left
 * text: every export succeeds, and on paper nothing is cut off or spills off the page.
 */
class HostileContentTest {

    private static final double POINTS_PER_MM = 72 / 25.4;
    /** What every printer can print: the page less 10 mm on each side. The footer must lie within it. */
    private static final double PRINTABLE_MM = 10;
    private static final float TOLERANCE = 1f;

    @Test
    void everyTextFormatSucceedsInBothLanguages() throws IOException {
        for (String language : List.of("en", "de")) {
            Summary summary = ReportFixtures.hostileSummary(language);
            for (ExportFormat format : List.of(ExportFormat.HTML, ExportFormat.MARKDOWN, ExportFormat.CSV)) {
                String text = new String(format.exporter().export(summary, ExportOptions.A4), StandardCharsets.UTF_8);
                assertTrue(text.contains("12345678901") || text.contains("12.345.678.901")
                        || text.contains("12,345,678,901"), format + " " + language);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void everyGlyphLiesInsideThePrintableAreaOfItsPage(PaperSize paper) throws IOException {
        Summary summary = ReportFixtures.hostileSummary("en");
        PdfText pdf = new PdfText(ExportFormat.PDF.exporter().export(summary, new ExportOptions(paper)));
        assertEquals(paper.widthMm() * POINTS_PER_MM, pdf.pageWidth, 1.0);
        assertEquals(paper.heightMm() * POINTS_PER_MM, pdf.pageHeight, 1.0);
        float left = (float) (HtmlExporter.MARGIN_SIDE_MM * POINTS_PER_MM);
        float right = pdf.pageWidth - left;
        float top = (float) (HtmlExporter.MARGIN_TOP_MM * POINTS_PER_MM);
        float bodyBottom = (float) (pdf.pageHeight - HtmlExporter.MARGIN_BOTTOM_MM * POINTS_PER_MM);
        float printable = (float) (PRINTABLE_MM * POINTS_PER_MM);
        int footerGlyphs = 0;
        for (PdfText.Glyph g : pdf.glyphs) {
            String where = "page " + g.page() + " '" + g.text() + "' at " + g.left() + "," + g.top();
            if (g.bottom() <= bodyBottom + TOLERANCE) {
                assertTrue(g.left() >= left - TOLERANCE && g.right() <= right + TOLERANCE, "spills sideways: " + where);
                assertTrue(g.top() >= top - TOLERANCE, "above the top margin: " + where);
            } else {
                footerGlyphs++;
                assertTrue(g.left() >= printable && g.right() <= pdf.pageWidth - printable
                        && g.bottom() <= pdf.pageHeight - printable, "footer outside the printable area: " + where);
            }
        }
        assertTrue(footerGlyphs > 0, "the footer is where the test expects it");
        // the body without the footers, which would interrupt text that runs on to the next page
        String all = PdfText.squeeze(pdf.glyphs.stream().filter(g -> g.bottom() <= bodyBottom + TOLERANCE)
                .map(PdfText.Glyph::text).collect(java.util.stream.Collectors.joining()));
        assertTrue(all.contains(PdfText.squeeze(ReportFixtures.LONG_WORD)), "the long word is wrapped, not cut");
        assertTrue(all.contains(PdfText.squeeze(ReportFixtures.TEN_THOUSAND)), "the long text is all there");
        assertTrue(all.contains("Entry199"), "all 200 list entries are there");
        assertTrue(pdf.pages.get(pdf.pages.size() - 1).contains("Page " + pdf.pages.size() + " of " + pdf.pages.size()));
    }
}
