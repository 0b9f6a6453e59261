package org.kickoff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void inlineMarkupAndHtmlAreEscaped() {
        assertEquals("\\*bold\\* \\_x\\_ \\[link\\](http://x) &lt;script&gt; a &amp; b \\`c\\` \\| d",
                Markdown.escape("*bold* _x_ [link](http://x) <script> a & b `c` | d"));
    }

    @Test
    void blockMarkersAtLineStartsAreEscapedButNotElsewhere() {
        assertEquals("\\# not a heading  \n\\- not a list  \n1\\. not numbered  \na - b # c",
                Markdown.escape("# not a heading\n- not a list\n1. not numbered\na - b # c"));
    }

    @Test
    void tableCellsKeepOnOneLine() {
        assertFalse(Markdown.cell("one\ntwo").contains("\n"));
        assertEquals("one<br>two", Markdown.cell("one\r\ntwo"));
    }

    @Test
    void plainProseIsLeftReadable() {
        assertEquals("PostgreSQL (primary), Redis (cache): 99.9 %", Markdown.escape("PostgreSQL (primary), Redis (cache): 99.9 %"));
    }
}
