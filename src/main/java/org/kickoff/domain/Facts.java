package org.kickoff.domain;

import java.util.Optional;

/** What a condition can see: the answer of a question, or nothing while the question is hidden. */
@FunctionalInterface
public interface Facts {

    Optional<Answer> visibleAnswer(String questionId);
}
