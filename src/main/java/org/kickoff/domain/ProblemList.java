package org.kickoff.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems a check finds, at most {@link #LIMIT} of them kept and all of them counted: a hostile file
 * can hold millions (every text missing in thousands of languages), and building a message object for
 * each would cost more memory than the file could ever be worth. Reported as the first few and
 * "and N more problems".
 */
public final class ProblemList {

    /** How many problems are kept with their place and wording; the rest are only counted. */
    public static final int LIMIT = 100;

    private final List<Problem> kept = new ArrayList<>();
    private int total;

    /** Counts a problem; it is only built while fewer than {@link #LIMIT} are kept. */
    public void add(String location, String key, Object... args) {
        total++;
        if (kept.size() < LIMIT) {
            kept.add(Problem.at(location, key, args));
        }
    }

    public void add(Problem problem) {
        total++;
        if (kept.size() < LIMIT) {
            kept.add(problem);
        }
    }

    /** Counts a problem that is costly to word (a long cycle); it is only built while fewer than the limit are kept. */
    public void add(java.util.function.Supplier<Problem> problem) {
        total++;
        if (kept.size() < LIMIT) {
            kept.add(problem.get());
        }
    }

    /** Adds every problem of another list, counting those it only counted. */
    public void addAll(List<Problem> problems, int theirTotal) {
        for (Problem problem : problems) {
            add(problem);
        }
        total += Math.max(0, theirTotal - problems.size());
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** The kept problems, in the order they were found. */
    public List<Problem> kept() {
        return List.copyOf(kept);
    }

    /** How many problems were found, kept or not. */
    public int total() {
        return total;
    }

    /** @throws ProblemException with these problems, when there are any */
    public void throwIfAny() throws ProblemException {
        if (!isEmpty()) {
            throw new ProblemException(kept, total);
        }
    }
}
