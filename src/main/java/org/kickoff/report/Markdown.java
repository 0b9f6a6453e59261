package org.kickoff.report;

/** Escaping for text placed in Markdown, so that an answer can never turn into markup, links or HTML. */
public final class Markdown {

    private Markdown() {
    }

    /** Escapes Markdown and HTML special characters; line breaks become Markdown hard breaks. */
    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '!', '|', '~' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r' -> { }
                case '\n' -> out.append("  \n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes a text for one table cell: like {@link #escape} but line breaks become {@code <br>}. */
    public static String cell(String text) {
        return escape(text).replace("  \n", "<br>");
    }

    /** A condition or id shown as code; backticks inside are doubled out of the way. */
    public static String code(String text) {
        String safe = text.replace('\n', ' ');
        return safe.contains("`") ? "`` " + safe + " ``" : "`" + safe + "`";
    }
}
