package org.kickoff.domain;

import java.util.Optional;

/**
 * What became of a text the user typed: a value, nothing (the text was blank), or a problem that says
 * what is wrong. A problem never comes with a value: a value the user did not enter is never stored.
 */
public record Parsed<T>(T value, Problem problem) {

    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(value, null);
    }

    public static <T> Parsed<T> blank() {
        return new Parsed<>(null, null);
    }

    public static <T> Parsed<T> invalid(Problem problem) {
        return new Parsed<>(null, problem);
    }

    public boolean isValid() {
        return problem == null;
    }

    public Optional<Problem> problemOptional() {
        return Optional.ofNullable(problem);
    }

    public Optional<T> valueOptional() {
        return Optional.ofNullable(value);
    }
}
