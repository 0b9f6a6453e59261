package org.kickoff.ui.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.Evaluation;
import org.kickoff.domain.ProjectCheck;
import org.kickoff.domain.Question;
import org.kickoff.domain.Value;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.session.ProjectDocument;

/**
 * One question on a page: its answer broken into editable parts (value, status, owner, due date, reason,
 * note), whether it applies, and what is wrong with typed input. Every change is written to the project at
 * once, so nothing typed is lost. Text that is no valid value (letters in a number, 31.13. as a date) is
 * kept as a draft in place of the value, never as a part of it that happened to parse: the question is then
 * not validly answered until it is corrected. The input for the question's kind has a model of its own
 * (in this package, one per kind), which changes the value through {@link #setValue} and {@link #setDraft}.
 */
public final class QuestionViewModel {

    private final Question question;
    private final ProjectDocument document;
    private final Messages messages;
    private final Clock clock;
    /** The answer as last loaded or stored: a different one in the project came from elsewhere (undo, merge). */
    private Answer current;
    private final ReadOnlyIntegerWrapper reloads = new ReadOnlyIntegerWrapper(this, "reloads");

    private final ObjectProperty<AnswerStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ReadOnlyObjectWrapper<Value> value = new ReadOnlyObjectWrapper<>(this, "value");
    private final ReadOnlyObjectWrapper<Map<Answer.Draft, String>> drafts =
            new ReadOnlyObjectWrapper<>(this, "drafts", Map.of());
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final ReadOnlyObjectWrapper<LocalDate> due = new ReadOnlyObjectWrapper<>(this, "due");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(this, "visible", true);
    private final ReadOnlyBooleanWrapper hiddenWithAnswer = new ReadOnlyBooleanWrapper(this, "hiddenWithAnswer");
    private final ReadOnlyBooleanWrapper changedSinceAnswered =
            new ReadOnlyBooleanWrapper(this, "changedSinceAnswered");
    private final ReadOnlyBooleanWrapper answerFits = new ReadOnlyBooleanWrapper(this, "answerFits", true);
    private final BooleanProperty guidanceShown = new SimpleBooleanProperty(this, "guidanceShown");
    private final DueDateModel dueDate;
    private final BooleanBinding notApplicable;
    private final BooleanBinding invalid;
    private final BooleanBinding clearable;
    private final Subscription subscriptions;
    private final ObservableValue<Evaluation> evaluation;
    private Subscription extra = Subscription.EMPTY;
    private boolean loading;

    public QuestionViewModel(Question question, ProjectDocument document, ObservableValue<Evaluation> evaluation,
                             Messages messages, Clock clock) {
        this.question = question;
        this.document = document;
        this.messages = messages;
        this.clock = clock;
        this.evaluation = evaluation;
        this.current = document.project().answerOrEmpty(question.id());
        changedSinceAnswered.set(document.project().isChangedSinceAnswered(question.id()));
        answerFits.set(fits(current));
        load(current);
        notApplicable = status.isEqualTo(AnswerStatus.NOT_APPLICABLE);
        invalid = Bindings.createBooleanBinding(() -> !drafts.get().isEmpty() && !notApplicable.get(), drafts,
                notApplicable);
        dueDate = new DueDateModel(this);
        clearable = Bindings.createBooleanBinding(() -> status.get() != AnswerStatus.UNANSWERED
                || value.get() != null && !value.get().isBlank() || !drafts.get().isEmpty(), status, value, drafts);
        updateVisibility(evaluation.getValue());
        Subscription edits = status.subscribe((o, n) -> store())
                .and(owner.subscribe((o, n) -> store()))
                .and(reason.subscribe((o, n) -> store()))
                .and(note.subscribe((o, n) -> store()));
        subscriptions = edits.and(evaluation.subscribe(this::updateVisibility))
                .and(document.projectProperty().subscribe(this::projectChanged));
    }

    /** Follows changes made elsewhere (undo, redo, a merge): the inputs show the answer as it now is. */
    private void projectChanged(org.kickoff.domain.Project project) {
        if (project == null) {
            return;
        }
        Answer now = project.answerOrEmpty(question.id());
        changedSinceAnswered.set(project.isChangedSinceAnswered(question.id()));
        answerFits.set(fits(now));
        if (!now.equals(current)) {
            current = now;
            load(now);
            reloads.set(reloads.get() + 1);
        }
    }

    /** Counts reloads from the project; inputs with text of their own (numbers, dates, cells) refresh it. */
    public ReadOnlyIntegerProperty reloadsProperty() {
        return reloads.getReadOnlyProperty();
    }

    private void load(Answer answer) {
        loading = true;
        try {
            status.set(answer.status());
            value.set(answer.value() != null && question.type().fits(answer.value()) ? answer.value() : null);
            drafts.set(answer.drafts());
            owner.set(answer.owner());
            due.set(answer.due());
            reason.set(answer.reason());
            note.set(answer.note());
        } finally {
            loading = false;
        }
    }

    /** Stops listening to the project; call when the page is thrown away. */
    public void dispose() {
        subscriptions.unsubscribe();
        extra.unsubscribe();
    }

    /** The answers seen through the questionnaire, a new one after every change: what the risk badge shows. */
    ObservableValue<Evaluation> evaluation() {
        return evaluation;
    }

    ProjectDocument document() {
        return document;
    }

    /** Something a part of the card follows, ended with the card's model. */
    void addDisposer(Runnable disposer) {
        extra = extra.and(disposer::run);
    }

    private void updateVisibility(Evaluation evaluation) {
        boolean shown = evaluation == null || evaluation.isVisible(question.id());
        visible.set(shown);
        hiddenWithAnswer.set(!shown && document.project() != null
                && document.project().answer(question.id()).isPresent());
    }

    /** The typed inputs' way to change the value; the status follows whether it says anything. */
    void setValue(Value newValue) {
        value.set(newValue);
        boolean blank = newValue == null || newValue.isBlank();
        if (!blank && status.get() == AnswerStatus.UNANSWERED) {
            status.set(AnswerStatus.ANSWERED);
        } else if (blank && status.get() == AnswerStatus.ANSWERED) {
            status.set(AnswerStatus.UNANSWERED);
        } else {
            store();
        }
    }

    /** Keeps typed text that is no valid value ({@code null} once it is valid again or cleared). */
    void setDraft(Answer.Draft field, String text) {
        Map<Answer.Draft, String> next = new EnumMap<>(Answer.Draft.class);
        next.putAll(drafts.get());
        if (text == null) {
            next.remove(field);
        } else {
            next.put(field, text);
        }
        if (!next.equals(drafts.get())) {
            drafts.set(Map.copyOf(next));
        }
    }

    /** The draft kept for a field, or {@code null}. */
    String draft(Answer.Draft field) {
        return drafts.get().get(field);
    }

    private void store() {
        if (loading) {
            return;
        }
        // a value that does not fit the question (from a foreign file) is kept, never silently dropped
        Value stored = value.get() != null ? value.get()
                : current.value() != null && !question.type().fits(current.value()) ? current.value() : null;
        Answer answer = new Answer(status.get(), stored, owner.get(), due.get(), reason.get(), note.get(),
                drafts.get(), current.unknown());
        // as the project will hold it (an answer that says nothing is not kept), before it tells its listeners
        current = answer.isEmpty() ? Answer.EMPTY : answer;
        document.setAnswer(question.id(), answer);
        hiddenWithAnswer.set(!visible.get() && !answer.isEmpty());
    }

    public Question question() {
        return question;
    }

    public String id() {
        return question.id();
    }

    public String text() {
        return question.text().in(messages.language());
    }

    public String guidance() {
        return question.guidance().in(messages.language());
    }

    public String placeholder() {
        return question.placeholder().in(messages.language());
    }

    Messages messages() {
        return messages;
    }

    public ReadOnlyObjectProperty<AnswerStatus> statusProperty() {
        return status;
    }

    /** The value as typed so far; changed through the {@link #input()}. */
    public ReadOnlyObjectProperty<Value> valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** Typed text kept because it is no valid value, by field. */
    public ReadOnlyObjectProperty<Map<Answer.Draft, String>> draftsProperty() {
        return drafts.getReadOnlyProperty();
    }

    /** Some typed text is no valid value: the question is not validly answered (and says so). */
    public BooleanBinding invalidProperty() {
        return invalid;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ReadOnlyObjectProperty<LocalDate> dueProperty() {
        return due.getReadOnlyProperty();
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    /** Hidden by an earlier answer, but holding an answer that is kept. */
    public ReadOnlyBooleanProperty hiddenWithAnswerProperty() {
        return hiddenWithAnswer.getReadOnlyProperty();
    }

    /** The questionnaire changed this question (text, type or options) after it was answered. */
    public ReadOnlyBooleanProperty changedSinceAnsweredProperty() {
        return changedSinceAnswered.getReadOnlyProperty();
    }

    /**
     * Whether the answer fits the question as it now is; only checked while the question is marked changed
     * (the file check holds every other answer to it).
     */
    private boolean fits(Answer answer) {
        return !changedSinceAnswered.get() || ProjectCheck.answerProblems(question, answer).isEmpty();
    }

    /** False while the question changed and its answer no longer fits it: it must be answered again first. */
    public ReadOnlyBooleanProperty answerFitsProperty() {
        return answerFits.getReadOnlyProperty();
    }

    /**
     * The user has looked at the answer again and keeps it: the mark goes. Only an answer that fits the
     * question as it now is can be kept; else the file would hold a value its question refuses.
     */
    public void confirmChange() {
        if (!answerFits.get()) {
            return;
        }
        changedSinceAnswered.set(false);
        document.update("confirm", question.id(), false, p -> p.withChangeConfirmed(question.id()));
    }

    public BooleanProperty guidanceShownProperty() {
        return guidanceShown;
    }

    public BooleanBinding notApplicableProperty() {
        return notApplicable;
    }

    /** Marks the question open, not applicable, or back to answered/unanswered by its value. */
    public void setStatus(AnswerStatus newStatus) {
        if (newStatus == AnswerStatus.ANSWERED || newStatus == AnswerStatus.UNANSWERED) {
            boolean blank = value.get() == null || value.get().isBlank();
            status.set(blank ? AnswerStatus.UNANSWERED : AnswerStatus.ANSWERED);
        } else {
            status.set(newStatus);
        }
    }

    /**
     * Clears the answer: no value, no draft, not open or not applicable; the note stays (it is about the
     * question, not the answer). One step of the undo history.
     */
    public void clearAnswer() {
        loading = true;
        try {
            value.set(null);
            drafts.set(Map.of());
            owner.set("");
            due.set(null);
            reason.set("");
            status.set(AnswerStatus.UNANSWERED);
        } finally {
            loading = false;
        }
        store();
        reloads.set(reloads.get() + 1);
    }

    /** Whether there is anything to clear: a value, a draft, or a state other than unanswered. */
    public BooleanBinding clearableProperty() {
        return clearable;
    }

    public void toggleGuidance() {
        guidanceShown.set(!guidanceShown.get());
    }

    /** The due date of an open question, as typed or picked. */
    public DueDateModel dueDate() {
        return dueDate;
    }

    /** The due date's way to change it; {@code null} while there is none (or the typed text is no date). */
    void setDueValue(LocalDate date) {
        due.set(date);
        store();
    }

    Clock clock() {
        return clock;
    }
}
