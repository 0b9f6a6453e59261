package org.kickoff.report;

import java.util.regex.Pattern;

/** Escaping for text placed in Markdown, so that an answer can never turn into markup, links or HTML. */
public final class Markdown {

    /** What would start a heading, list, rule or setext underline at the beginning of a line. */
    private static final Pattern BLOCK_START = Pattern.compile("(?m)^(\\s*)([#+=-]|\\d+[.)])");

    private Markdown() {
    }

    /**
     * Escapes inline Markdown and HTML special characters and block markers at line starts; line breaks
     * become Markdown hard breaks. Parentheses stay as they are: without an unescaped "]" they make no link.
     */
    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        // CommonMark escapes only punctuation: "\#" and "\-", but "1\." rather than "\1."
        String escaped = BLOCK_START.matcher(out).replaceAll(m -> {
            String marker = m.group(2);
            String last = marker.substring(marker.length() - 1);
            return java.util.regex.Matcher.quoteReplacement(
                    m.group(1) + marker.substring(0, marker.length() - 1) + "\\" + last);
        });
        return escaped.replace("\n", "  \n");
    }

    /** Escapes a text for one table cell: like {@link #escape} but line breaks become {@code <br>}. */
    public static String cell(String text) {
        return escape(text).replace("  \n", "<br>");
    }

    /** A condition or id shown as code; backticks inside are kept out of the way. */
    public static String code(String text) {
        String safe = text.replace('\n', ' ');
        return safe.contains("`") ? "`` " + safe + " ``" : "`" + safe + "`";
    }
}
