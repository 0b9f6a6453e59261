package org.kickoff.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.kickoff.domain.Problem;

/**
 * The one way to get a user-visible text: from the message bundle of the chosen language, formatted with
 * {@link MessageFormat} (so an apostrophe in a bundle is written {@code ''}).
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    /** The languages Kickoff speaks; the first is the default. */
    public static final List<String> LANGUAGES = List.of("en", "de");

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = supported(locale);
        // no fallback to the system's locale: English is the base bundle, whatever the machine says
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages forLanguage(String language) {
        return new Messages(Locale.forLanguageTag(language == null ? "en" : language));
    }

    /** The user's language if Kickoff speaks it, else English. */
    public static Locale supported(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        return LANGUAGES.contains(language) ? Locale.forLanguageTag(language) : Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // a missing key is a bug the bundle test catches; show the key rather than fail
            return key;
        }
        MessageFormat format = new MessageFormat(pattern, locale);
        return format.format(numbersWhereExpected(format, args));
    }

    /**
     * Arguments that a pattern formats as numbers ({@code {0,number,#.######}}) but that come as text, as a
     * problem's arguments do: as numbers, so that they read as the user writes them (2,5 in German).
     */
    private static Object[] numbersWhereExpected(MessageFormat format, Object[] args) {
        java.text.Format[] formats = format.getFormatsByArgumentIndex();
        Object[] result = args.clone();
        for (int i = 0; i < Math.min(formats.length, result.length); i++) {
            if (formats[i] instanceof java.text.NumberFormat && result[i] instanceof String text) {
                try {
                    result[i] = new java.math.BigDecimal(text);
                } catch (NumberFormatException e) {
                    // not a number after all: shown as it is
                }
            }
        }
        return result;
    }

    /**
     * A problem as one line: where, then what. What it quotes from the file is escaped and shortened
     * ({@link VisibleText}), so the line is at most {@link VisibleText#MAX_MESSAGE} characters long.
     */
    public String problem(Problem problem) {
        String text = problemText(problem);
        String where = location(VisibleText.quote(problem.location()));
        return VisibleText.limit(where.isEmpty() ? text : where + ": " + text, VisibleText.MAX_MESSAGE);
    }

    /** What a problem says, without where: for a message beside the field that has it. */
    public String problemText(Problem problem) {
        return get(problem.key(), problem.args().stream().map(this::argument).toArray());
    }

    /** A quote from the file, or the name of a kind of JSON value ("json.kind.number") in this language. */
    private String argument(String arg) {
        if (arg.startsWith(KIND) && bundle.containsKey(arg)) {
            return bundle.getString(arg);
        }
        return VisibleText.quote(arg);
    }

    private static final String KIND = "json.kind.";

    /** A moment as the user reads it: medium date, short time, in this language and the given zone. */
    public String dateTime(java.time.Instant instant, java.time.ZoneId zone) {
        return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                java.time.format.FormatStyle.SHORT).withLocale(locale()).withZone(zone).format(instant);
    }

    /** A location in the user's words: "line 3, column 7" for {@code 3:7}, a JSON path as it is. */
    public String location(String location) {
        if (location.matches("\\d+:\\d+")) {
            String[] parts = location.split(":");
            return get("location.line-column", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }
        return location;
    }
}
