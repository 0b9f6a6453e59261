package org.kickoff.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF back: the text of each page, and where each glyph lies. */
final class PdfText {

    /** A glyph's box on its page, in points from the top left corner. */
    record Glyph(int page, String text, float left, float top, float right, float bottom) {
    }

    final List<String> pages = new ArrayList<>();
    final List<Glyph> glyphs = new ArrayList<>();
    float pageWidth;
    float pageHeight;

    PdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage first = document.getPage(0);
            pageWidth = first.getMediaBox().getWidth();
            pageHeight = first.getMediaBox().getHeight();
            Collector collector = new Collector();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                collector.setStartPage(p);
                collector.setEndPage(p);
                collector.page = p;
                pages.add(collector.getText(document));
            }
        }
    }

    /** Text without any whitespace (and without soft hyphens), to compare across line and page breaks. */
    static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00AD\\u200B]+", "");
    }

    String all() {
        return String.join("\n", pages);
    }

    private final class Collector extends PDFTextStripper {
        int page;

        Collector() throws IOException {
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            super.processTextPosition(text);
            if (!text.getUnicode().isBlank()) {
                float top = text.getYDirAdj() - text.getHeightDir();
                glyphs.add(new Glyph(page, text.getUnicode(), text.getXDirAdj(), top,
                        text.getXDirAdj() + text.getWidthDirAdj(), text.getYDirAdj()));
            }
        }
    }
}
