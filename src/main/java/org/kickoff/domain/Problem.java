package org.kickoff.domain;

import java.util.List;

/**
 * Something wrong with a file or a questionnaire: where, and what, as a message key with arguments so that
 * it can be told in the user's language. The location is a JSON path ({@code $.answers['x'].choice}), a
 * line and column ({@code 12:7}) or empty when the problem concerns the whole file.
 */
public record Problem(String location, String key, List<String> args) {

    public Problem {
        location = location == null ? "" : location;
        args = List.copyOf(args);
    }

    public static Problem at(String location, String key, Object... args) {
        return new Problem(location, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
