package org.kickoff.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates as project files write them (due dates): ISO 8601's calendar date {@code 2026-12-31}, with a
 * four-digit year from 0001 to 9999. Stricter than {@link LocalDate#parse}, which also takes
 * {@code +99999-01-01} and {@code -0001-01-01}: no plan is due before the Common Era or after 9999.
 */
public final class IsoDate {

    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private IsoDate() {
    }

    /** The date, or empty when the text is not such a date (or names a day that does not exist). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || !FORM.matcher(text).matches() || text.startsWith("0000")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
