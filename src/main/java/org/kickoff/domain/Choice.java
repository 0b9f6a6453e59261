package org.kickoff.domain;

/** One option of a single- or multiple-choice question. */
public record Choice(String id, LocalizedText label, boolean exclusive) {
}
