package org.kickoff.report;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;
import java.util.Map;

/**
 * Right-to-left text for the PDF renderer, with the JDK's own {@link Bidi} instead of ICU4J (a 14 MB
 * library): runs of Hebrew and Arabic are laid out right to left, and Arabic letters take their joined
 * forms (Unicode presentation forms B, which DejaVu Sans covers). Ligatures other than lam-alef and
 * complex scripts such as Devanagari are not shaped.
 */
final class JdkBidi implements BidiSplitterFactory, BidiReorderer {

    private static final Map<Character, Character> MIRRORED = Map.ofEntries(
            Map.entry('(', ')'), Map.entry(')', '('), Map.entry('[', ']'), Map.entry(']', '['),
            Map.entry('{', '}'), Map.entry('}', '{'), Map.entry('<', '>'), Map.entry('>', '<'),
            Map.entry('«', '»'), Map.entry('»', '«'), Map.entry('‹', '›'), Map.entry('›', '‹'));

    /**
     * For the Arabic letters U+0621 to U+064A: the isolated presentation form, and how many forms it has
     * (1: does not join, 2: joins only to the letter before it, 4: joins on both sides); 0 = not a letter
     * that changes form.
     */
    private static final int[][] FORMS = {
        {0xFE80, 1}, {0xFE81, 2}, {0xFE83, 2}, {0xFE85, 2}, {0xFE87, 2}, {0xFE89, 4}, {0xFE8D, 2}, {0xFE8F, 4},
        {0xFE93, 2}, {0xFE95, 4}, {0xFE99, 4}, {0xFE9D, 4}, {0xFEA1, 4}, {0xFEA5, 4}, {0xFEA9, 2}, {0xFEAB, 2},
        {0xFEAD, 2}, {0xFEAF, 2}, {0xFEB1, 4}, {0xFEB5, 4}, {0xFEB9, 4}, {0xFEBD, 4}, {0xFEC1, 4}, {0xFEC5, 4},
        {0xFEC9, 4}, {0xFECD, 4}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0x0640, 0}, {0xFED1, 4}, {0xFED5, 4},
        {0xFED9, 4}, {0xFEDD, 4}, {0xFEE1, 4}, {0xFEE5, 4}, {0xFEE9, 4}, {0xFEED, 2}, {0xFEEF, 2}, {0xFEF1, 4},
    };
    private static final char TATWEEL = '\u0640';
    private static final char LAM = '\u0644';

    @Override
    public BidiSplitter createBidiSplitter() {
        return new Splitter();
    }

    private static final class Splitter implements BidiSplitter {
        private BidiTextRun[] runs = new BidiTextRun[0];

        @Override
        public void setParagraph(String paragraph, byte defaultDirection) {
            if (paragraph.isEmpty()) {
                runs = new BidiTextRun[0];
                return;
            }
            int flag = defaultDirection == RTL ? Bidi.DIRECTION_RIGHT_TO_LEFT
                    : defaultDirection == LTR ? Bidi.DIRECTION_LEFT_TO_RIGHT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
            Bidi bidi = new Bidi(paragraph, flag);
            int count = bidi.getRunCount();
            byte[] levels = new byte[count];
            BidiTextRun[] logical = new BidiTextRun[count];
            for (int i = 0; i < count; i++) {
                int level = bidi.getRunLevel(i);
                levels[i] = (byte) level;
                int start = bidi.getRunStart(i);
                logical[i] = new BidiTextRun(start, bidi.getRunLimit(i) - start, (level & 1) == 1 ? RTL : LTR);
            }
            Bidi.reorderVisually(levels, 0, logical, 0, count);
            runs = logical;
        }

        @Override
        public int countTextRuns() {
            return runs.length;
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            return runs[index];
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                byte d = Character.getDirectionality(cp);
                if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    return LTR;
                }
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return RTL;
                }
                i += Character.charCount(cp);
            }
            return NEUTRAL;
        }
    }

    /** Reverses a right-to-left run into drawing order; marks stay after their letter, brackets are mirrored. */
    @Override
    public String reorderRTLTextToLTR(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int end = text.length();
        while (end > 0) {
            // a cluster: a base character and the combining marks after it
            int start = end;
            while (start > 0) {
                int cp = text.codePointBefore(start);
                start -= Character.charCount(cp);
                if (!isMark(cp)) {
                    break;
                }
            }
            String cluster = text.substring(start, end);
            if (cluster.length() == 1 && MIRRORED.containsKey(cluster.charAt(0))) {
                out.append(MIRRORED.get(cluster.charAt(0)));
            } else {
                out.append(cluster);
            }
            end = start;
        }
        return out.toString();
    }

    @Override
    public String shapeText(String text) {
        if (text.chars().noneMatch(c -> c >= 0x0621 && c <= 0x064A)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int[] forms = forms(c);
            if (forms == null || forms[1] == 0) {
                out.append(c);
                continue;
            }
            boolean joinsBefore = joinsToNext(previousLetter(text, i));
            int next = nextLetter(text, i);
            if (c == LAM && next >= 0 && lamAlef(text.charAt(next)) != 0) {
                out.append((char) (lamAlef(text.charAt(next)) + (joinsBefore ? 1 : 0)));
                // keep the marks between lam and alef, drop the alef itself
                out.append(text, i + 1, next);
                i = next;
                continue;
            }
            boolean joinsAfter = forms[1] == 4 && next >= 0 && joinsToPrevious(text.charAt(next));
            int form;
            if (forms[1] == 1) {
                form = 0;
            } else if (joinsBefore && joinsAfter) {
                form = 3;
            } else if (joinsBefore) {
                form = 1;
            } else if (joinsAfter) {
                form = 2;
            } else {
                form = 0;
            }
            out.append((char) (forms[0] + form));
        }
        return out.toString();
    }

    @Override
    public String deshapeText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 0xFE70 && c <= 0xFEFF ? java.text.Normalizer.normalize(String.valueOf(c),
                    java.text.Normalizer.Form.NFKC) : String.valueOf(c));
        }
        return out.toString();
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    private static int[] forms(int c) {
        return c >= 0x0621 && c <= 0x064A ? FORMS[c - 0x0621] : null;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static int previousLetter(String text, int index) {
        int i = index - 1;
        while (i >= 0 && isMark(text.charAt(i))) {
            i--;
        }
        return i < 0 ? -1 : text.charAt(i);
    }

    private static int nextLetter(String text, int index) {
        int i = index + 1;
        while (i < text.length() && isMark(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? i : -1;
    }

    /** Whether the letter connects to the one after it. */
    private static boolean joinsToNext(int c) {
        int[] forms = c < 0 ? null : forms(c);
        return c == TATWEEL || forms != null && forms[1] == 4;
    }

    /** Whether the letter connects to the one before it. */
    private static boolean joinsToPrevious(int c) {
        int[] forms = forms(c);
        return c == TATWEEL || forms != null && forms[1] >= 2;
    }

    /** The isolated lam-alef ligature for an alef, or 0. */
    private static int lamAlef(char alef) {
        return switch (alef) {
            case '\u0622' -> 0xFEF5;
            case '\u0623' -> 0xFEF7;
            case '\u0625' -> 0xFEF9;
            case '\u0627' -> 0xFEFB;
            default -> 0;
        };
    }
}
