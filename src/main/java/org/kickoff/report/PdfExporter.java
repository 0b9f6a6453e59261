package org.kickoff.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * The summary as PDF: the HTML export laid out on pages by openhtmltopdf (with PDFBox), with the print
 * rules of its stylesheet: page numbers and the project name in the footer, question blocks and table rows
 * kept whole, long words wrapped. DejaVu Sans is embedded (a subset), so the PDF looks the same everywhere
 * and covers Latin, Greek, Cyrillic, Hebrew and Arabic letters; characters it lacks (most emoji) are drawn
 * as a placeholder, never an error.
 */
final class PdfExporter implements Exporter {

    static final String REGULAR = "/fonts/DejaVuSans.ttf";
    static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    static {
        // openhtmltopdf logs every unsupported CSS property and each run's timing to the console
        XRLog.setLoggingEnabled(false);
        FontMappers.set(new BundledFontMapper(REGULAR));
    }

    @Override
    public byte[] export(Summary summary, ExportOptions options) throws IOException {
        return export(summary, options, () -> false);
    }

    /** Asks {@code cancelled} for every run of text it lays out and every page it draws. */
    @Override
    public byte[] export(Summary summary, ExportOptions options, BooleanSupplier cancelled) throws IOException {
        String html = new HtmlExporter(HtmlExporter.Flavour.PDF).render(summary, options);
        Cancelling.check(cancelled);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.useFont(() -> new ByteArrayInputStream(Fonts.REGULAR), HtmlExporter.PDF_FONT, 400, FontStyle.NORMAL,
                true);
        builder.useFont(() -> new ByteArrayInputStream(Fonts.BOLD), HtmlExporter.PDF_FONT, 700, FontStyle.NORMAL,
                true);
        // the document names nothing outside itself; should it ever, nothing is fetched
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        JdkBidi bidi = new JdkBidi();
        builder.useUnicodeBidiSplitter(bidi);
        builder.useUnicodeBidiReorderer(bidi);
        builder.useUnicodeLineBreaker(Cancelling.lineBreaker(cancelled));
        builder.usePageSupplier(Cancelling.pages(cancelled));
        builder.useReplacementText("\u25A1");
        builder.withProducer("Kickoff");
        // tagged for screen readers (PDF/UA: structure, language and title from the markup) and archival
        // (PDF/A-2a: fonts embedded, colours in sRGB, the same structure); fast mode is what tagging needs
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
        builder.useColorProfile(Fonts.SRGB);
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(new LinkDescriptions());
            renderer.createPDF();
        }
        return out.toByteArray();
    }

    /**
     * Gives every link annotation the description PDF/UA asks of it (ISO 14289-1, 7.18.5: a link's /Contents),
     * once the pages are drawn and before the file is written. openhtmltopdf 1.1.31 puts a link's
     * {@code title} on its structure element (as /Alt) but leaves the annotation without /Contents; veraPDF
     * reports that as rule 7.18.5-2. The description is the /Alt of the link's structure element.
     */
    static final class LinkDescriptions implements PDFCreationListener {

        @Override
        public void preOpen(PdfBoxRenderer renderer) {
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        }

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            PDStructureTreeRoot root = renderer.getPdfDocument().getDocumentCatalog().getStructureTreeRoot();
            if (root == null) {
                return;
            }
            // the tree is as deep as the markup's nesting; a stack, not recursion, whatever a file holds
            Deque<Object> pending = new ArrayDeque<>(root.getKids());
            while (!pending.isEmpty()) {
                if (!(pending.pop() instanceof PDStructureElement element)) {
                    continue;
                }
                String alt = element.getAlternateDescription();
                for (Object kid : element.getKids()) {
                    if (kid instanceof PDStructureElement) {
                        pending.push(kid);
                    } else if (StandardStructureTypes.LINK.equals(element.getStructureType()) && alt != null
                            && !alt.isBlank() && kid instanceof PDObjectReference ref
                            && ref.getReferencedObject() instanceof PDAnnotationLink link && link.getContents() == null) {
                        link.setContents(alt);
                    }
                }
            }
        }
    }

    /** Prepared once, on first use: the class is loaded only when a PDF is made. */
    private static final class Fonts {
        static final byte[] REGULAR = PdfFonts.forPdf(PdfExporter.REGULAR);
        static final byte[] BOLD = PdfFonts.forPdf(PdfExporter.BOLD);
        /** The output intent PDF/A asks for: the Java runtime's own sRGB profile. */
        static final byte[] SRGB = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();
    }
}
