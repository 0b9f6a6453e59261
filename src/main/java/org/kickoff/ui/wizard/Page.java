package org.kickoff.ui.wizard;

import org.kickoff.domain.Topic;

/** A page of the wizard: the project's details, one topic, the actions, or the summary. */
public sealed interface Page {

    record Details() implements Page {
    }

    record TopicPage(Topic topic) implements Page {
    }

    record Summary() implements Page {
    }

    /** The risk register and the action plan. */
    record Actions() implements Page {
    }
}
