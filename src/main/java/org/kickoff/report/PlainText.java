package org.kickoff.report;

/**
 * The text exports (Markdown, CSV) hold no control characters but tab and line breaks, as the HTML export
 * holds none: an answer's escape sequence or NUL byte must not reach the terminal that shows the file or
 * the tool that reads it. Each becomes U+FFFD, as in the HTML.
 */
final class PlainText {

    private PlainText() {
    }

    /** The text with every control character but tab, line feed and a carriage return before a line feed replaced. */
    static String withoutControls(String text) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n'
                    && !(c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n');
            if (control && out == null) {
                out = new StringBuilder(length).append(text, 0, i);
            }
            if (out != null) {
                out.append(control ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
