package org.kickoff.report;

import java.util.Locale;
import java.util.Set;

/** The paper the summary is laid out for when printed or exported as PDF. */
public enum PaperSize {
    A4("A4", 210, 297),
    LETTER("letter", 215.9, 279.4);

    /** Where Letter is the usual paper; everywhere else it is A4. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT",
            "PR");

    private final String cssName;
    private final double widthMm;
    private final double heightMm;

    PaperSize(String cssName, double widthMm, double heightMm) {
        this.cssName = cssName;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** The name CSS knows the size by, for {@code @page { size: ... }}. */
    /** The paper's name on the command line and in ids: {@code a4}, {@code letter}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String cssName() {
        return cssName;
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }

    public static PaperSize forLocale(Locale locale) {
        return locale != null && LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }
}
