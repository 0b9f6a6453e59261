package org.kickoff.domain;

/** How far a topic or a project is: counts among the questions that currently apply (are visible). */
public record Progress(int answered, int open, int notApplicable, int total) {

    public static final Progress NONE = new Progress(0, 0, 0, 0);

    /** Questions neither answered, nor open, nor marked not applicable. */
    public int untouched() {
        return total - answered - open - notApplicable;
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
                total + other.total);
    }
}
