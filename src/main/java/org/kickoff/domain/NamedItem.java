package org.kickoff.domain;

/**
 * An id with a label: a unit of a number question or a column of a list question. A unit may also have the
 * label for a single one ("week" beside "weeks"); which numbers take it is the language's rule, from the
 * message bundle.
 */
public record NamedItem(String id, LocalizedText label, LocalizedText one) {

    public NamedItem {
        one = one == null ? LocalizedText.EMPTY : one;
    }

    public NamedItem(String id, LocalizedText label) {
        this(id, label, LocalizedText.EMPTY);
    }

    /** The label to put after a number in the language: the singular where the number takes it and there is one. */
    public String labelFor(String language, boolean singular) {
        return singular && one.has(language) ? one.in(language) : label.in(language);
    }

    /** The same id and label: the singular is wording, not meaning. */
    public boolean sameMeaning(NamedItem other) {
        return id.equals(other.id) && label.equals(other.label);
    }
}
