package org.kickoff.domain;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for due dates typed by people: which dates can be kept (years of four digits, as in files)
 * and how a typed date is read: as an ISO date ({@code 2026-12-20}, exactly as files hold it) or in the
 * user's way ({@code 20.12.2026}, {@code Dec 20, 2026}, {@code 12/20/26}).
 */
public final class DueDate {

    private DueDate() {
    }

    public static Optional<Problem> problemWith(LocalDate date) {
        if (date.getYear() < Limits.FIRST_YEAR || date.getYear() > Limits.LAST_YEAR) {
            return Optional.of(Problem.at("", "value.date.out-of-range", date.toString()));
        }
        return Optional.empty();
    }

    /** The date as shown and typed in the user's language (medium style: {@code 20.12.2026}). */
    public static DateTimeFormatter format(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** A typed date; blank text is no date; anything else that is not a whole date is a problem. */
    public static Parsed<LocalDate> parse(String text, Locale locale) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Parsed.blank();
        }
        Optional<LocalDate> iso = IsoDate.parse(trimmed);
        if (iso.isPresent()) {
            return Parsed.of(iso.get());
        }
        for (DateTimeFormatter format : formats(locale)) {
            try {
                LocalDate date = LocalDate.parse(trimmed, format);
                return problemWith(date).<Parsed<LocalDate>>map(Parsed::invalid).orElseGet(() -> Parsed.of(date));
            } catch (DateTimeParseException e) {
                // not in this form; the next may fit
            }
        }
        return Parsed.invalid(Problem.at("", "value.date.invalid", format(locale).format(LocalDate.of(2026, 12, 20)),
                "2026-12-20"));
    }

    /**
     * The language's medium and short forms (ISO dates are read as files read them, {@link IsoDate}).
     * Resolving is strict, so that 31 February is no date (the default would quietly make it 28 February);
     * digits may be typed without leading zeros.
     */
    private static List<DateTimeFormatter> formats(Locale locale) {
        return List.of(typed(FormatStyle.MEDIUM, locale), typed(FormatStyle.SHORT, locale));
    }

    private static DateTimeFormatter typed(FormatStyle style, Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE,
                locale);
        // strict resolving needs the proleptic year (u): the year of era (y) would need an era as well
        StringBuilder proleptic = new StringBuilder();
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            quoted ^= c == '\'';
            proleptic.append(!quoted && c == 'y' ? 'u' : c);
        }
        return new DateTimeFormatterBuilder().parseLenient().parseCaseInsensitive().appendPattern(proleptic.toString())
                .toFormatter(locale).withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.STRICT);
    }
}
