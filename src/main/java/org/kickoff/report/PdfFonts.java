package org.kickoff.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled fonts as the PDF export uses them: every glyph of the Basic Multilingual Plane, but without
 * the OpenType substitution table (GSUB). PDFBox 3 applies that table's Latin rules to every string it
 * draws, which costs a third of the time of a long PDF, for ligatures DejaVu Sans barely has; Arabic is
 * shaped before it reaches PDFBox ({@link JdkBidi}). The font files themselves stay as shipped; the build
 * makes these from them ({@link #main}, into {@value #BUILT}), since making them took 0.5 s of CPU at each
 * start that makes a PDF (most of a command line's cold PDF export).
 */
public final class PdfFonts {

    /** Where the build puts the fonts made for the PDF, under the same names. */
    static final String BUILT = "/fonts/pdf/";

    /** The tables a PDF needs to draw and measure TrueType glyphs. */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "OS/2", "name", "cmap", "glyf",
            "loca", "hmtx", "post");

    private PdfFonts() {
    }

    /**
     * The font made for the PDF from {@code resource} (say /fonts/DejaVuSans.ttf): the one the build made, or,
     * where the build did not run (an IDE), made now.
     */
    static byte[] forPdf(String resource) {
        String built = BUILT + resource.substring(resource.lastIndexOf('/') + 1);
        try (InputStream in = PdfFonts.class.getResourceAsStream(built)) {
            if (in != null) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withoutSubstitutions(resource);
    }

    /** The build's step: writes the PDF's fonts under the class output folder given. */
    public static void main(String[] args) throws IOException {
        java.nio.file.Path folder = java.nio.file.Path.of(args[0], BUILT.substring(1));
        java.nio.file.Files.createDirectories(folder);
        for (String font : List.of(PdfExporter.REGULAR, PdfExporter.BOLD)) {
            java.nio.file.Files.write(folder.resolve(font.substring(font.lastIndexOf('/') + 1)),
                    withoutSubstitutions(font));
        }
    }

    static byte[] withoutSubstitutions(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            try (font) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                Set<Integer> codePoints = new HashSet<>();
                for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                    List<Integer> codes = cmap.getCharCodes(glyph);
                    if (codes != null) {
                        codes.stream().filter(cp -> cp >= 0x20 && cp <= 0xFFFF).forEach(codePoints::add);
                    }
                }
                TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
                subsetter.addAll(codePoints);
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                subsetter.writeToStream(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
