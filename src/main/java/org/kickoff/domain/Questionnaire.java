package org.kickoff.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A questionnaire: topics with their questions, and the risk rules that judge the answers. */
public final class Questionnaire {

    private final String id;
    private final String version;
    private final List<String> languages;
    private final LocalizedText title;
    private final LocalizedText description;
    private final List<Topic> topics;
    private final List<RiskRule> risks;
    private final Map<String, Question> questionsById;
    private final Map<String, Topic> topicByQuestion;

    public Questionnaire(String id, String version, List<String> languages, LocalizedText title,
                         LocalizedText description, List<Topic> topics, List<RiskRule> risks) {
        this.id = id;
        this.version = version;
        this.languages = List.copyOf(languages);
        this.title = title;
        this.description = description;
        this.topics = List.copyOf(topics);
        this.risks = List.copyOf(risks);
        Map<String, Question> byId = new LinkedHashMap<>();
        Map<String, Topic> topicOf = new LinkedHashMap<>();
        for (Topic topic : topics) {
            for (Question question : topic.questions()) {
                byId.putIfAbsent(question.id(), question);
                topicOf.putIfAbsent(question.id(), topic);
            }
        }
        this.questionsById = Collections.unmodifiableMap(byId);
        this.topicByQuestion = Collections.unmodifiableMap(topicOf);
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public List<String> languages() {
        return languages;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText description() {
        return description;
    }

    public List<Topic> topics() {
        return topics;
    }

    public List<RiskRule> risks() {
        return risks;
    }

    /** All questions in questionnaire order. */
    public List<Question> questions() {
        return new ArrayList<>(questionsById.values());
    }

    /** The question ids in questionnaire order: the order answers are written in. */
    public List<String> questionIds() {
        return new ArrayList<>(questionsById.keySet());
    }

    public Optional<Question> question(String questionId) {
        return Optional.ofNullable(questionsById.get(questionId));
    }

    public Optional<Topic> topicOf(String questionId) {
        return Optional.ofNullable(topicByQuestion.get(questionId));
    }

    public Optional<Topic> topic(String topicId) {
        return topics.stream().filter(t -> t.id().equals(topicId)).findFirst();
    }

    public QuestionnaireRef ref() {
        return new QuestionnaireRef(id, version);
    }

    @Override
    public String toString() {
        return "Questionnaire[" + id + " " + version + "]";
    }
}
