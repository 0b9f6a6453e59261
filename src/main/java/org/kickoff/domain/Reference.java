package org.kickoff.domain;

import java.util.Optional;

/**
 * An anchor a question or a risk rule comes from, such as factor III of the Twelve-Factor App, item
 * A01:2025 of the OWASP Top 10 or Article 33 of the GDPR. The source is kept as the file names it, so that
 * an unknown one can be reported where it is written (see {@link QuestionnaireCheck}).
 *
 * @param source the source's file name, see {@link ReferenceSource#fileName()}
 * @param item   the item within the source, as the source numbers it
 */
public record Reference(String source, String item) {

    public Reference {
        source = source == null ? "" : source;
        item = item == null ? "" : item;
    }

    public static Reference of(ReferenceSource source, String item) {
        return new Reference(source.fileName(), item);
    }

    /** A Twelve-Factor factor by its roman numeral, as the single {@code factor} field of a file names it. */
    public static Reference twelveFactor(String numeral) {
        return of(ReferenceSource.TWELVE_FACTOR, numeral);
    }

    public Optional<ReferenceSource> knownSource() {
        return ReferenceSource.fromFileName(source);
    }

    /** Whether the source is known and the item is written as that source numbers its items. */
    public boolean isWellFormed() {
        return knownSource().map(s -> s.accepts(item)).orElse(false);
    }

    public boolean isTwelveFactor() {
        return source.equals(ReferenceSource.TWELVE_FACTOR.fileName());
    }
}
