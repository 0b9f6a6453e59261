package org.kickoff.ui.find;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.Evaluation;
import org.kickoff.domain.Question;
import org.kickoff.domain.RiskFinding;
import org.kickoff.domain.Risks;
import org.kickoff.domain.Topic;
import org.kickoff.i18n.AnswerFormatter;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.session.ProjectDocument;

/**
 * Finding questions across all topics: by text (the question, its guidance, the answer, the note) and by
 * where they stand (unanswered, open, overdue, not applicable, with a risk, changed since answered), with how
 * many there are of each. Only the questions that apply are searched.
 */
public final class FindViewModel {

    /** What to show; {@link #ALL} with a text searches every question. */
    public enum Filter { ALL, UNANSWERED, OPEN, OVERDUE, NOT_APPLICABLE, WITH_RISK, CHANGED }

    /** A question found: where it is, what it asks, and a bit of the text that matched (may be empty). */
    public record Hit(String questionId, String topicTitle, String question, String context) {
    }

    private final ProjectDocument document;
    private final ObservableValue<Evaluation> evaluation;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<String> showQuestion;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(this, "filter", Filter.ALL);
    private final ObservableList<Hit> hits = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<Filter, Integer>> counts = new ReadOnlyObjectWrapper<>(this, "counts",
            Map.of());

    /** @param showQuestion goes to a question's page and puts it in view */
    public FindViewModel(ProjectDocument document, ObservableValue<Evaluation> evaluation, Messages messages,
                         Clock clock, Consumer<String> showQuestion) {
        this.document = document;
        this.evaluation = evaluation;
        this.messages = messages;
        this.clock = clock;
        this.showQuestion = showQuestion;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    /** The questions found, in questionnaire order. */
    public ObservableList<Hit> hits() {
        return hits;
    }

    /** How many questions each filter finds (with the text typed so far). */
    public ReadOnlyObjectProperty<Map<Filter, Integer>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** Searches again: after typing, choosing a filter, or a change to the answers. */
    public void refresh() {
        Evaluation e = evaluation.getValue();
        if (e == null || document.project() == null) {
            hits.clear();
            counts.set(Map.of());
            return;
        }
        String lang = messages.language();
        String needle = query.get().strip().toLowerCase(Locale.ROOT);
        Set<String> withRisk = new HashSet<>();
        for (RiskFinding finding : Risks.of(e).findings()) {
            withRisk.addAll(finding.questionIds());
        }
        AnswerFormatter formatter = new AnswerFormatter(messages);
        LocalDate today = LocalDate.now(clock);
        Map<Filter, Integer> count = new EnumMap<>(Filter.class);
        List<Hit> found = new ArrayList<>();
        for (Topic topic : e.questionnaire().topics()) {
            for (Question question : e.visibleQuestions(topic)) {
                Answer answer = e.answer(question.id());
                String context = needle.isEmpty() ? "" : match(needle, question, answer, formatter, lang);
                if (!needle.isEmpty() && context == null) {
                    continue;
                }
                Set<Filter> applies = filters(question, answer, withRisk, today);
                applies.forEach(f -> count.merge(f, 1, Integer::sum));
                if (applies.contains(filter.get()) && (filter.get() != Filter.ALL || !needle.isEmpty())) {
                    found.add(new Hit(question.id(), topic.title().in(lang), question.text().in(lang),
                            context == null ? "" : context));
                }
            }
        }
        counts.set(Map.copyOf(count));
        hits.setAll(found);
    }

    private Set<Filter> filters(Question question, Answer answer, Set<String> withRisk, LocalDate today) {
        Set<Filter> applies = new HashSet<>();
        applies.add(Filter.ALL);
        AnswerStatus status = answer.status();
        if (status == AnswerStatus.NOT_APPLICABLE) {
            applies.add(Filter.NOT_APPLICABLE);
        } else if (status == AnswerStatus.OPEN) {
            applies.add(Filter.OPEN);
            if (answer.due() != null && answer.due().isBefore(today)) {
                applies.add(Filter.OVERDUE);
            }
        } else if (!answer.isAnswered()) {
            applies.add(Filter.UNANSWERED);
        }
        if (withRisk.contains(question.id())) {
            applies.add(Filter.WITH_RISK);
        }
        if (document.project().isChangedSinceAnswered(question.id())) {
            applies.add(Filter.CHANGED);
        }
        return applies;
    }

    /** The first text of the question that holds the needle, shortened around it; {@code null} for none. */
    private static String match(String needle, Question question, Answer answer, AnswerFormatter formatter,
                                String lang) {
        for (String text : List.of(question.text().in(lang), formatter.format(question, answer.value()),
                answer.note(), answer.owner(), answer.reason(), question.guidance().in(lang))) {
            int at = text.toLowerCase(Locale.ROOT).indexOf(needle);
            if (at >= 0) {
                int from = Math.max(0, at - 40);
                int to = Math.min(text.length(), at + needle.length() + 60);
                return (from > 0 ? "\u2026" : "") + text.substring(from, to).replaceAll("\\s+", " ")
                        + (to < text.length() ? "\u2026" : "");
            }
        }
        return null;
    }

    /** Goes to a question found. */
    public void show(Hit hit) {
        showQuestion.accept(hit.questionId());
    }
}
