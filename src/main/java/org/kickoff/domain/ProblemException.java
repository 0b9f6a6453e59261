package org.kickoff.domain;

import java.util.List;

/** Thrown when input cannot be used; carries the problems found, each with its location. */
public class ProblemException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ProblemException(List<Problem> problems) {
        super(problems.isEmpty() ? "" : problems.get(0).key() + " at " + problems.get(0).location());
        this.problems = List.copyOf(problems);
    }

    public ProblemException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    public Problem first() {
        return problems.get(0);
    }
}
