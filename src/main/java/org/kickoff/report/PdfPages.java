package org.kickoff.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of an exported PDF as images, so that printing shows exactly the PDF's pages. Open it once and
 * render page by page: a long summary at printer resolution would not fit in memory all at once. Not
 * thread-safe; use one instance per thread.
 */
public final class PdfPages implements AutoCloseable {

    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    public static PdfPages open(byte[] pdf) throws IOException {
        return new PdfPages(Loader.loadPDF(pdf));
    }

    /** Every page rendered at the given resolution; for short documents and previews. */
    public static List<BufferedImage> renderPages(byte[] pdf, float dpi) throws IOException {
        try (PdfPages pages = open(pdf)) {
            List<BufferedImage> images = new ArrayList<>(pages.count());
            for (int i = 0; i < pages.count(); i++) {
                images.add(pages.render(i, dpi));
            }
            return images;
        }
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** The size of a page in points (1/72 inch). */
    public PageSize size(int pageIndex) {
        PDRectangle box = document.getPage(pageIndex).getMediaBox();
        return new PageSize(box.getWidth(), box.getHeight());
    }

    public BufferedImage render(int pageIndex, float dpi) throws IOException {
        return renderer.renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    /** A page's width and height in points. */
    public record PageSize(double width, double height) {
    }
}
