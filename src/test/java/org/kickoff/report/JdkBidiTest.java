package org.kickoff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openhtmltopdf.bidi.BidiSplitter;
import org.junit.jupiter.api.Test;

class JdkBidiTest {

    private final JdkBidi bidi = new JdkBidi();

    @Test
    void arabicLettersTakeTheirJoinedForms() {
        // beh, yeh, teh: initial, medial, final
        assertEquals("\uFE91\uFEF4\uFE96", bidi.shapeText("بيت"));
        // alef joins only to the letter before it, so the beh after it starts anew
        assertEquals("\uFE8D\uFE8F", bidi.shapeText("اب"));
        assertEquals("\uFEFB", bidi.shapeText("لا"), "lam-alef ligature");
        assertEquals("Latin stays", bidi.shapeText("Latin stays"));
        assertEquals("بيت", bidi.deshapeText(bidi.shapeText("بيت")));
    }

    @Test
    void rightToLeftRunsAreReversedWithMarksAfterTheirLettersAndBracketsMirrored() {
        assertEquals("(x) םולש", bidi.reorderRTLTextToLTR("שלום (x)"));
        // a combining mark (shadda) stays after the letter it belongs to
        assertEquals("\u0628\u0628\u0651", bidi.reorderRTLTextToLTR("\u0628\u0651\u0628"));
    }

    @Test
    void paragraphsAreSplitIntoRunsInVisualOrder() {
        BidiSplitter splitter = bidi.createBidiSplitter();
        splitter.setParagraph("abc שלום עולם def", BidiSplitter.LTR);
        assertEquals(3, splitter.countTextRuns());
        assertEquals(BidiSplitter.RTL, splitter.getVisualRun(1).getDirection());
        assertEquals(4, splitter.getVisualRun(1).getStart());
        splitter.setParagraph("", BidiSplitter.LTR);
        assertEquals(0, splitter.countTextRuns());
        assertEquals(BidiSplitter.RTL, splitter.getBaseDirection("  שלום abc"));
        assertEquals(BidiSplitter.NEUTRAL, splitter.getBaseDirection("123 !"));
    }
}
