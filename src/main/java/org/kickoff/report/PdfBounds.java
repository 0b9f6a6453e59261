package org.kickoff.report;

import org.kickoff.i18n.Messages;

/**
 * What keeps laying out a PDF quick for any file Kickoff accepts: the PDF renderer breaks a word it must
 * wrap by trying one character after another (a word of 200,000 characters took half a minute, one of a
 * million did not finish in ten minutes), and its time grows with the length of the document. So, in the
 * PDF only: a word longer than {@link #LONG_WORD} characters gets a soft hyphen every {@link #WORD_PIECE}
 * characters (it wraps there, with a visible hyphen), a text longer than {@link #MAX_TEXT} characters is
 * cut with a visible note, a list shows its first {@link #MAX_ITEMS} entries and how many more there are,
 * and once the document reaches {@link #BUDGET} characters it ends with a note saying what is left out.
 * The HTML, Markdown and CSV exports, quick at any size, hold everything.
 */
final class PdfBounds {

    /** Shorter words are left to the style sheet's wrapping, which is quick for them. */
    static final int LONG_WORD = 100;
    static final int WORD_PIECE = 30;
    /** About three pages of continuous text. */
    static final int MAX_TEXT = 10_000;
    static final int MAX_ITEMS = 200;
    /**
     * Characters of XHTML: some 550 answered questions with short answers (the built-in questionnaire's 90
     * make 70,000); the worst file within it (long words in a list's cells) takes about two seconds to lay
     * out on two busy cores once the renderer is warm, on top of the three to five of a cold start.
     */
    static final int BUDGET = 400_000;

    private static final char SOFT_HYPHEN = '\u00AD';

    private final Messages messages;

    PdfBounds(Messages messages) {
        this.messages = messages;
    }

    /** The text as the PDF shows it: cut when too long, long words breakable. */
    String fit(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String shown = text;
        if (text.length() > MAX_TEXT) {
            int end = MAX_TEXT;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            shown = text.substring(0, end) + " " + messages.get("report.cut", text.length() - end);
        }
        return breakLongWords(shown);
    }

    /** A soft hyphen every {@link #WORD_PIECE} characters inside each run of more than {@link #LONG_WORD}. */
    static String breakLongWords(String text) {
        int run = 0;
        boolean needed = false;
        for (int i = 0; i < text.length() && !needed; i++) {
            run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
            needed = run > LONG_WORD;
        }
        if (!needed) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + text.length() / WORD_PIECE + 1);
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (end - start > LONG_WORD) {
                for (int i = start; i < end; i++) {
                    out.append(text.charAt(i));
                    int written = i - start + 1;
                    // never between the two halves of a character
                    if (written % WORD_PIECE == 0 && i + 1 < end && !Character.isHighSurrogate(text.charAt(i))) {
                        out.append(SOFT_HYPHEN);
                    }
                }
            } else {
                out.append(text, start, end);
            }
            int next = end;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            out.append(text, end, next);
            start = next;
        }
        return out.toString();
    }

    /** The note for the entries of a list beyond {@link #MAX_ITEMS}. */
    String more(int left) {
        return messages.get("report.more-items", left);
    }

    /** The note that ends a PDF that reached {@link #BUDGET}. */
    String ended() {
        return messages.get("report.pdf-ended");
    }
}
