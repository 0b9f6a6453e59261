package org.kickoff.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answers of a project seen through its questionnaire: which questions apply (are visible) and how far
 * each topic is. Computed lazily and cached, so one evaluation serves a whole redraw; make a new one
 * after the answers change.
 */
public final class Evaluation implements Facts {

    private final Questionnaire questionnaire;
    private final Map<String, Answer> answers;
    private final Map<String, Boolean> visible = new HashMap<>();
    private final Set<String> evaluating = new HashSet<>();
    private Risks risks;
    private Register register;
    private Map<String, RiskEntry> registerEntries;
    private java.time.LocalDate registerDay;

    public Evaluation(Questionnaire questionnaire, Map<String, Answer> answers) {
        this.questionnaire = questionnaire;
        this.answers = answers;
    }

    public Evaluation(Questionnaire questionnaire, Project project) {
        this(questionnaire, project.answers());
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /** Whether the question applies: it exists and its condition (and those it depends on) holds. */
    public boolean isVisible(String questionId) {
        Boolean known = visible.get(questionId);
        if (known != null) {
            return known;
        }
        Optional<Question> question = questionnaire.question(questionId);
        if (question.isEmpty() || !evaluating.add(questionId)) {
            // unknown, or part of a cycle (the questionnaire check refuses those): treat as hidden
            return false;
        }
        try {
            boolean result = question.get().visibleIf().test(this);
            visible.put(questionId, result);
            return result;
        } finally {
            evaluating.remove(questionId);
        }
    }

    @Override
    public Optional<Answer> visibleAnswer(String questionId) {
        return isVisible(questionId) ? Optional.ofNullable(answers.get(questionId)) : Optional.empty();
    }

    /** The risk findings of these answers, computed once: every card of a page asks for them. */
    public Risks risks() {
        if (risks == null) {
            risks = Risks.of(this);
        }
        return risks;
    }

    /**
     * The register of these answers with the project's entries on a day, computed once for the same entries
     * and day: every risk badge and the sidebar's topic lines ask for it after each change.
     */
    public Register register(Map<String, RiskEntry> entries, java.time.LocalDate today) {
        if (register == null || registerEntries != entries || !today.equals(registerDay)) {
            register = Register.of(risks(), questionnaire, entries, today);
            registerEntries = entries;
            registerDay = today;
        }
        return register;
    }

    public Answer answer(String questionId) {
        return answers.getOrDefault(questionId, Answer.EMPTY);
    }

    public List<Question> visibleQuestions(Topic topic) {
        return topic.questions().stream().filter(q -> isVisible(q.id())).toList();
    }

    /** Questions of the topic that are hidden but still hold an answer, which is kept. */
    public List<Question> hiddenWithAnswers(Topic topic) {
        return topic.questions().stream()
                .filter(q -> !isVisible(q.id()) && answers.containsKey(q.id()))
                .toList();
    }

    public Progress progress(Topic topic) {
        int answered = 0;
        int open = 0;
        int notApplicable = 0;
        int invalid = 0;
        int total = 0;
        for (Question question : topic.questions()) {
            if (!isVisible(question.id())) {
                continue;
            }
            total++;
            Answer answer = answer(question.id());
            if (answer.status() == AnswerStatus.NOT_APPLICABLE) {
                notApplicable++;
            } else if (answer.isInvalid()) {
                invalid++;
            } else if (answer.status() == AnswerStatus.OPEN) {
                open++;
            } else if (answer.isAnswered()) {
                answered++;
            }
        }
        return new Progress(answered, open, notApplicable, invalid, total);
    }

    public Progress progress() {
        Progress sum = Progress.NONE;
        for (Topic topic : questionnaire.topics()) {
            sum = sum.plus(progress(topic));
        }
        return sum;
    }
}
