package org.kickoff.domain;

import java.util.List;

/** One page of the questionnaire. */
public record Topic(String id, LocalizedText title, LocalizedText intro, List<Question> questions) {

    public Topic {
        questions = List.copyOf(questions);
    }
}
