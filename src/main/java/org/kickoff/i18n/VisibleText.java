package org.kickoff.i18n;

import java.util.Locale;

/**
 * Text from a file, made safe to show in a message or on a terminal: control characters (ESC, NUL, a
 * carriage return, the C1 range), bidirectional controls (U+202E and its kin) and other invisible format
 * characters are written as escapes such as {@code \x1B} or {@code \u202E}, so that a file can neither
 * clear a screen, change a window title, reorder what follows, nor fake a line of output. The one helper
 * for every message of the command line and every problem the window shows.
 */
public final class VisibleText {

    /** The longest message Kickoff prints or shows about a file. */
    public static final int MAX_MESSAGE = 500;
    /** The longest quote from a file (or path) inside a message. */
    public static final int MAX_QUOTE = 150;

    private VisibleText() {
    }

    /** For one line: every line break and tab is escaped too. */
    public static String line(String text) {
        return escape(text, false);
    }

    /**
     * For text shown over several lines (an answer in {@code kickoff diff}, an export on standard output):
     * line breaks and tabs stay, a carriage return only before a line break.
     */
    public static String lines(String text) {
        return escape(text, true);
    }

    /** At most {@code max} characters, cut with an ellipsis (never between the halves of a character). */
    public static String limit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }

    /** A quote from a file for a one-line message: escaped and at most {@link #MAX_QUOTE} characters. */
    public static String quote(String text) {
        return limit(line(text), MAX_QUOTE);
    }

    /** Whether a character would act on the terminal or on the text around it instead of being shown. */
    static boolean isHidden(int codePoint) {
        int type = Character.getType(codePoint);
        return switch (type) {
            case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE ->
                    true;
            // zero-width (non-)joiners belong to the scripts and emoji that use them
            case Character.FORMAT -> codePoint != 0x200C && codePoint != 0x200D;
            default -> false;
        };
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null) {
            return "";
        }
        int first = firstHidden(text, keepLines);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (keepLines && (cp == '\n' || cp == '\t' || cp == '\r' && next < text.length() && text.charAt(next) == '\n')) {
                out.appendCodePoint(cp);
            } else if (isHidden(cp)) {
                out.append(escapeOf(cp));
            } else {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out.toString();
    }

    private static int firstHidden(String text, boolean keepLines) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean kept = keepLines && (cp == '\n' || cp == '\t'
                    || cp == '\r' && next < text.length() && text.charAt(next) == '\n');
            if (!kept && isHidden(cp)) {
                return i;
            }
            i = next;
        }
        return -1;
    }

    private static String escapeOf(int cp) {
        return switch (cp) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> cp <= 0xFF ? String.format(Locale.ROOT, "\\x%02X", cp)
                    : cp <= 0xFFFF ? String.format(Locale.ROOT, "\\u%04X", cp)
                    : String.format(Locale.ROOT, "\\U%08X", cp);
        };
    }
}
