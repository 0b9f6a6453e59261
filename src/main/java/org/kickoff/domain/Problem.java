package org.kickoff.domain;

import java.util.List;

/**
 * Something wrong with a file or a questionnaire: where, and what, as a message key with arguments so that
 * it can be told in the user's language. The location is a JSON path ({@code $.answers['x'].choice}), a
 * line and column ({@code 12:7}) or empty when the problem concerns the whole file.
 */
public record Problem(String location, String key, List<String> args) {

    /**
     * Locations and arguments quote the file, which may be hostile: a message quoting a megabyte of it
     * could not be shown. Longer ones are cut, with an ellipsis; file paths fit easily.
     */
    static final int MAX_QUOTE = 500;

    public Problem {
        location = shorten(location == null ? "" : location);
        args = List.copyOf(args.stream().map(Problem::shorten).toList());
    }

    public static Problem at(String location, String key, Object... args) {
        return new Problem(location, key, java.util.Arrays.stream(args).map(Problem::text).toList());
    }

    /** The same problem at another place: a rule's finding placed where the file has the value. */
    public Problem located(String newLocation) {
        return new Problem(newLocation, key, args);
    }

    /** Numbers as plain digits ({@code 1000}, not {@code 1E+3}); a message may show them in the user's way. */
    private static String text(Object arg) {
        return arg instanceof java.math.BigDecimal number ? number.toPlainString() : String.valueOf(arg);
    }

    private static String shorten(String text) {
        if (text == null || text.length() <= MAX_QUOTE) {
            return text;
        }
        int end = MAX_QUOTE;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }
}
