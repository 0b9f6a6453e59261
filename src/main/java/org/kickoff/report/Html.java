package org.kickoff.report;

/**
 * Escaping for text placed in the summary's XHTML: user text can never become markup, and characters that
 * XML forbids (control characters, lone surrogates) become U+FFFD, so that the PDF renderer's XML parser
 * accepts every answer.
 */
final class Html {

    private Html() {
    }

    /** Escapes text for an element's content or a double-quoted attribute; a line break becomes {@code <br/>}. */
    static String text(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("<br/>");
                case '\r' -> {
                    if (i + 1 < length && text.charAt(i + 1) == '\n') {
                        continue;
                    }
                    out.append("<br/>");
                }
                case '\t' -> out.append(' ');
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Like {@link #text} but a line break becomes a space: for one-line places such as the title. */
    static String line(String text) {
        return text(text == null ? "" : text.replaceAll("\\R", " "));
    }

    /**
     * A CSS string literal: every character that is not a letter, digit or space is written as a hex escape,
     * so that no text can end the string, the rule or the style element.
     */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) && cp < 0x80 || cp == ' ') {
                out.appendCodePoint(cp);
            } else if (cp < 0x20 || cp == 0x7F || (cp >= 0xD800 && cp <= 0xDFFF)) {
                out.append("\\FFFD ");
            } else {
                out.append('\\').append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append(' ');
            }
        });
        return out.append('"').toString();
    }
}
