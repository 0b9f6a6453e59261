package org.kickoff.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The fonts the build makes for the PDF are the ones the export would make itself, and complete. */
class PdfFontsTest {

    @Test
    void theBuildMadeThePdfFontsAsTheExportWouldMakeThem() throws IOException {
        for (String font : List.of(PdfExporter.REGULAR, PdfExporter.BOLD)) {
            byte[] built;
            try (InputStream in = PdfFonts.class.getResourceAsStream(PdfFonts.BUILT
                    + font.substring(font.lastIndexOf('/') + 1))) {
                assertNotNull(in, "the build step (pom.xml, pdf-fonts) made no " + font + " for the PDF");
                built = in.readAllBytes();
            }
            // byte for byte: also what makes the jar reproducible
            assertArrayEquals(PdfFonts.withoutSubstitutions(font), built, font);
            assertArrayEquals(built, PdfFonts.forPdf(font), "the export takes the built one");
            try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(built));
                 InputStream original = PdfFonts.class.getResourceAsStream(font)) {
                TrueTypeFont shipped = new TTFParser().parse(new RandomAccessReadBuffer(original.readAllBytes()));
                try (shipped) {
                    assertTrue(parsed.getTableMap().get("GSUB") == null, "without substitutions");
                    for (int cp : new int[] {'A', 'z', 0xE4, 0xDF, 0x20AC, 0x0416, 0x05D0, 0x0628}) {
                        assertTrue(parsed.getUnicodeCmapLookup().getGlyphId(cp) > 0, font + " lacks U+"
                                + Integer.toHexString(cp));
                    }
                    assertTrue(parsed.getNumberOfGlyphs() > shipped.getNumberOfGlyphs() * 0.8,
                            "the glyphs with a character kept: " + parsed.getNumberOfGlyphs() + " of " + shipped.getNumberOfGlyphs());
                }
            }
        }
    }
}
