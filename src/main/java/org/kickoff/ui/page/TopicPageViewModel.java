package org.kickoff.ui.page;

import java.time.Clock;
import java.util.List;
import javafx.beans.value.ObservableValue;
import org.kickoff.domain.Evaluation;
import org.kickoff.domain.Topic;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.session.ProjectDocument;

/** The questions of one topic page. */
public final class TopicPageViewModel {

    private final Topic topic;
    private final Messages messages;
    private final List<QuestionViewModel> questions;

    public TopicPageViewModel(Topic topic, ProjectDocument document, ObservableValue<Evaluation> evaluation,
                              Messages messages, Clock clock) {
        this.topic = topic;
        this.messages = messages;
        this.questions = topic.questions().stream()
                .map(q -> new QuestionViewModel(q, document, evaluation, messages, clock))
                .toList();
    }

    public Topic topic() {
        return topic;
    }

    public String title() {
        return topic.title().in(messages.language());
    }

    public String intro() {
        return topic.intro().in(messages.language());
    }

    public List<QuestionViewModel> questions() {
        return questions;
    }

    public QuestionViewModel question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    public void dispose() {
        questions.forEach(QuestionViewModel::dispose);
    }
}
