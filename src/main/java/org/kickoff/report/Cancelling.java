package org.kickoff.report;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import com.openhtmltopdf.pdfboxout.PageSupplier;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where a PDF export asks whether it was cancelled. openhtmltopdf has no way to stop it, but it calls back
 * into two parts it lets Kickoff supply, all through its work: the line breaker (for every run of text it
 * lays out) and the page supplier (for every page it draws). Both are the renderer's own defaults (the
 * URL-aware line breaker on US line rules, a new page of the given size), with the question added, so the
 * PDF is the same as without them.
 */
final class Cancelling {

    private Cancelling() {
    }

    /** Throws {@link CancellationException} once {@code cancelled} says so. */
    static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("export cancelled");
        }
    }

    /** The renderer's default line breaker, asking before each text it breaks. */
    static FSTextBreaker lineBreaker(BooleanSupplier cancelled) {
        FSTextBreaker breaker = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));
        return new FSTextBreaker() {
            @Override
            public int next() {
                return breaker.next();
            }

            @Override
            public void setText(String text) {
                check(cancelled);
                breaker.setText(text);
            }
        };
    }

    /** The renderer's default pages, asking before each page it draws. */
    static PageSupplier pages(BooleanSupplier cancelled) {
        return (PDDocument document, float width, float height, int pageNumber, int shadowPageNumber) -> {
            check(cancelled);
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            return page;
        };
    }
}
