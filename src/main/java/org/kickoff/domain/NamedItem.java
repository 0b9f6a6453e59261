package org.kickoff.domain;

/** An id with a label: a unit of a number question or a column of a list question. */
public record NamedItem(String id, LocalizedText label) {
}
