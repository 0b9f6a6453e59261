package org.kickoff.domain;

/**
 * How far a topic or a project is: counts among the questions that currently apply (are visible).
 * {@code invalid} counts questions holding typed text that is no valid value (see {@link Answer#drafts()}):
 * they are neither answered nor open until it is corrected.
 */
public record Progress(int answered, int open, int notApplicable, int invalid, int total) {

    public static final Progress NONE = new Progress(0, 0, 0, 0, 0);

    public Progress(int answered, int open, int notApplicable, int total) {
        this(answered, open, notApplicable, 0, total);
    }

    /** Questions neither answered, nor open, nor marked not applicable, nor holding invalid input. */
    public int untouched() {
        return total - answered - open - notApplicable - invalid;
    }

    /** Answered or not applicable: nothing left to decide. */
    public int done() {
        return answered + notApplicable;
    }

    /** The share of questions with nothing left to decide, from 0 to 1. */
    public double fraction() {
        return total == 0 ? 1.0 : (double) done() / total;
    }

    public boolean isComplete() {
        return done() == total;
    }

    public Progress plus(Progress other) {
        return new Progress(answered + other.answered, open + other.open, notApplicable + other.notApplicable,
                invalid + other.invalid, total + other.total);
    }
}
