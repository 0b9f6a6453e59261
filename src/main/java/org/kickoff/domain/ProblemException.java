package org.kickoff.domain;

import java.util.List;

/**
 * Thrown when input cannot be used; carries the problems found, each with its location, and how many there
 * were in all (a check keeps only the first {@link ProblemList#LIMIT}).
 */
public class ProblemException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final int total;

    public ProblemException(List<Problem> problems) {
        this(problems, problems.size());
    }

    /** @param total how many problems were found, at least as many as {@code problems} holds */
    public ProblemException(List<Problem> problems, int total) {
        super(problems.isEmpty() ? "" : problems.get(0).key() + " at " + problems.get(0).location());
        this.problems = List.copyOf(problems);
        this.total = Math.max(total, problems.size());
    }

    public ProblemException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** How many problems were found in all; more than {@link #problems()} holds when only the first were kept. */
    public int total() {
        return total;
    }

    public Problem first() {
        return problems.get(0);
    }
}
