package org.kickoff.ui.page;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.Choice;
import org.kickoff.domain.Evaluation;
import org.kickoff.domain.NamedItem;
import org.kickoff.domain.Question;
import org.kickoff.domain.Value;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.wizard.ProjectDocument;

/**
 * One question on a page: its answer broken into editable properties (value, status, owner, due date,
 * reason, note), whether it applies, and what is wrong with the input. Every change is written to the
 * project at once, so nothing typed is lost; input that cannot be a value (letters in a number) is kept
 * here with a message and leaves the stored value as it was.
 */
public final class QuestionViewModel {

    private final Question question;
    private final ProjectDocument document;
    private final Messages messages;
    private final Clock clock;
    private final Answer original;

    private final ObjectProperty<AnswerStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<Value> value = new SimpleObjectProperty<>(this, "value");
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>(this, "due");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty numberText = new SimpleStringProperty(this, "numberText", "");
    private final StringProperty unit = new SimpleStringProperty(this, "unit", "");
    private final ReadOnlyStringWrapper inputError = new ReadOnlyStringWrapper(this, "inputError", "");
    private final ReadOnlyStringWrapper dueError = new ReadOnlyStringWrapper(this, "dueError", "");
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(this, "visible", true);
    private final ReadOnlyBooleanWrapper hiddenWithAnswer = new ReadOnlyBooleanWrapper(this, "hiddenWithAnswer");
    private final ReadOnlyBooleanWrapper changedSinceAnswered =
            new ReadOnlyBooleanWrapper(this, "changedSinceAnswered");
    private final BooleanProperty guidanceShown = new SimpleBooleanProperty(this, "guidanceShown");
    private final StringBinding dueWarning;
    private final BooleanBinding notApplicable;
    private final Subscription subscriptions;
    private boolean loading;

    public QuestionViewModel(Question question, ProjectDocument document, ObservableValue<Evaluation> evaluation,
                             Messages messages, Clock clock) {
        this.question = question;
        this.document = document;
        this.messages = messages;
        this.clock = clock;
        this.original = document.project().answerOrEmpty(question.id());
        changedSinceAnswered.set(document.project().isChangedSinceAnswered(question.id()));
        load(original);
        notApplicable = status.isEqualTo(AnswerStatus.NOT_APPLICABLE);
        dueWarning = Bindings.createStringBinding(() -> due.get() != null && due.get().isBefore(LocalDate.now(clock))
                && status.get() == AnswerStatus.OPEN ? messages.get("question.due.past") : "", due, status);
        updateVisibility(evaluation.getValue());
        Subscription edits = status.subscribe((o, n) -> store())
                .and(value.subscribe((o, n) -> onValueChanged()))
                .and(owner.subscribe((o, n) -> store()))
                .and(due.subscribe((o, n) -> store()))
                .and(reason.subscribe((o, n) -> store()))
                .and(note.subscribe((o, n) -> store()));
        subscriptions = edits.and(evaluation.subscribe(this::updateVisibility));
    }

    private void load(Answer answer) {
        loading = true;
        try {
            status.set(answer.status());
            value.set(answer.value() != null && answer.value().fits(question.type()) ? answer.value() : null);
            owner.set(answer.owner());
            due.set(answer.due());
            reason.set(answer.reason());
            note.set(answer.note());
            if (value.get() instanceof Value.Amount amount) {
                numberText.set(amount.number() == null ? "" : numberFormat().format(amount.number()));
                unit.set(amount.unit());
            } else if (!question.units().isEmpty()) {
                unit.set(question.units().get(0).id());
            }
        } finally {
            loading = false;
        }
    }

    /** Stops listening to the project; call when the page is thrown away. */
    public void dispose() {
        subscriptions.unsubscribe();
    }

    private void updateVisibility(Evaluation evaluation) {
        boolean shown = evaluation == null || evaluation.isVisible(question.id());
        visible.set(shown);
        hiddenWithAnswer.set(!shown && document.project() != null
                && document.project().answer(question.id()).isPresent());
    }

    private void onValueChanged() {
        if (loading) {
            return;
        }
        boolean blank = value.get() == null || value.get().isBlank();
        if (!blank && status.get() == AnswerStatus.UNANSWERED) {
            status.set(AnswerStatus.ANSWERED);
        } else if (blank && status.get() == AnswerStatus.ANSWERED) {
            status.set(AnswerStatus.UNANSWERED);
        }
        store();
    }

    private void store() {
        if (loading) {
            return;
        }
        // a value that does not fit the question (from a foreign file) is kept, never silently dropped
        Value stored = value.get() != null ? value.get()
                : original.value() != null && !original.value().fits(question.type()) ? original.value() : null;
        Answer answer = new Answer(status.get(), stored, owner.get(), due.get(), reason.get(), note.get(),
                original.unknown());
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

    public ObjectProperty<AnswerStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Value> valueProperty() {
        return value;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty numberTextProperty() {
        return numberText;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    /** What is wrong with the typed value; empty when nothing is. */
    public ReadOnlyStringProperty inputErrorProperty() {
        return inputError.getReadOnlyProperty();
    }

    /** A due date that could not be read; empty when fine. */
    public ReadOnlyStringProperty dueErrorProperty() {
        return dueError.getReadOnlyProperty();
    }

    /** A due date in the past on an open question: allowed, but worth a look. */
    public StringBinding dueWarningProperty() {
        return dueWarning;
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

    /** The user has looked at the answer again and keeps it: the mark goes. */
    public void confirmChange() {
        changedSinceAnswered.set(false);
        document.update(p -> p.withChangeConfirmed(question.id()));
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

    public void toggleGuidance() {
        guidanceShown.set(!guidanceShown.get());
    }

    // ---- typed input -------------------------------------------------------------------------

    public void answerYesNo(Boolean yes) {
        value.set(yes == null ? null : new Value.YesNo(yes));
    }

    public void choose(String optionId) {
        String other = value.get() instanceof Value.Single s ? s.other() : "";
        value.set(optionId == null ? null : new Value.Single(optionId, other));
    }

    /** Ticks or unticks an option; an exclusive one ("none") clears the others and the others clear it. */
    public void toggle(String optionId, boolean selected) {
        List<String> chosen = new ArrayList<>(selectedOptions());
        String other = value.get() instanceof Value.Multi m ? m.other() : "";
        if (selected) {
            boolean exclusive = question.option(optionId).map(Choice::exclusive).orElse(false);
            if (exclusive) {
                chosen.clear();
            } else {
                chosen.removeIf(id -> question.option(id).map(Choice::exclusive).orElse(false));
            }
            if (!chosen.contains(optionId)) {
                chosen.add(optionId);
            }
        } else {
            chosen.remove(optionId);
        }
        value.set(chosen.isEmpty() && other.isEmpty() ? null : new Value.Multi(inQuestionOrder(chosen), other));
    }

    private List<String> inQuestionOrder(List<String> ids) {
        List<String> ordered = new ArrayList<>();
        question.options().stream().map(Choice::id).filter(ids::contains).forEach(ordered::add);
        if (ids.contains(Question.OTHER)) {
            ordered.add(Question.OTHER);
        }
        ids.stream().filter(id -> !ordered.contains(id)).forEach(ordered::add);
        return ordered;
    }

    public List<String> selectedOptions() {
        if (value.get() instanceof Value.Multi m) {
            return m.optionIds();
        }
        if (value.get() instanceof Value.Single s && !s.isBlank()) {
            return List.of(s.optionId());
        }
        return List.of();
    }

    public String otherText() {
        if (value.get() instanceof Value.Multi m) {
            return m.other();
        }
        return value.get() instanceof Value.Single s ? s.other() : "";
    }

    /** Typing an "other" text chooses "other". */
    public void enterOther(String text) {
        if (question.type() == org.kickoff.domain.QuestionType.MULTI_CHOICE) {
            List<String> chosen = new ArrayList<>(selectedOptions());
            chosen.removeIf(id -> question.option(id).map(Choice::exclusive).orElse(false));
            if (!text.isBlank() && !chosen.contains(Question.OTHER)) {
                chosen.add(Question.OTHER);
            }
            value.set(chosen.isEmpty() && text.isEmpty() ? null : new Value.Multi(inQuestionOrder(chosen), text));
        } else {
            value.set(new Value.Single(Question.OTHER, text));
        }
    }

    public void enterText(String text) {
        value.set(text.isEmpty() ? null : new Value.Text(text));
    }

    public String text(Value v) {
        return v instanceof Value.Text t ? t.text() : "";
    }

    /** Parses a typed number in the user's language; wrong input is marked and leaves the value as it was. */
    public void enterNumber(String text) {
        numberText.set(text);
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            inputError.set("");
            value.set(null);
            return;
        }
        DecimalFormat format = numberFormat();
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Object parsed = format.parse(trimmed, position);
        if (parsed == null || position.getIndex() != trimmed.length()) {
            inputError.set(messages.get("question.number.invalid", format.format(new BigDecimal("2.5"))));
            return;
        }
        BigDecimal number = (BigDecimal) parsed;
        if (question.min() != null && number.compareTo(question.min()) < 0) {
            inputError.set(messages.get("question.number.too-small", format.format(question.min())));
            return;
        }
        if (question.max() != null && number.compareTo(question.max()) > 0) {
            inputError.set(messages.get("question.number.too-large", format.format(question.max())));
            return;
        }
        if (number.abs().compareTo(new BigDecimal("1e15")) >= 0 || number.stripTrailingZeros().scale() > 6) {
            inputError.set(messages.get("question.number.too-precise"));
            return;
        }
        inputError.set("");
        value.set(new Value.Amount(number, unit.get()));
    }

    public void chooseUnit(String unitId) {
        unit.set(unitId);
        if (value.get() instanceof Value.Amount amount) {
            value.set(new Value.Amount(amount.number(), unitId));
        }
    }

    public List<NamedItem> units() {
        return question.units();
    }

    private DecimalFormat numberFormat() {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(messages.locale());
        format.setMaximumFractionDigits(6);
        format.setGroupingUsed(false);
        return format;
    }

    /** Reads a due date typed by hand; {@code null} text or blank clears it. */
    public void enterDueText(String text, java.time.format.DateTimeFormatter format) {
        if (text == null || text.isBlank()) {
            dueError.set("");
            due.set(null);
            return;
        }
        try {
            due.set(LocalDate.parse(text.strip(), format));
            dueError.set("");
        } catch (java.time.format.DateTimeParseException e) {
            dueError.set(messages.get("question.due.invalid", format.format(LocalDate.now(clock))));
        }
    }

    public void setDue(LocalDate date) {
        dueError.set("");
        due.set(date);
    }

    // ---- list entries ------------------------------------------------------------------------

    public List<NamedItem> columns() {
        return question.columns();
    }

    public List<Map<String, String>> entries() {
        return value.get() instanceof Value.Entries e ? e.rows() : List.of();
    }

    public void addEntry() {
        List<Map<String, String>> rows = new ArrayList<>(entries());
        Map<String, String> row = new LinkedHashMap<>();
        question.columns().forEach(c -> row.put(c.id(), ""));
        rows.add(row);
        value.set(new Value.Entries(rows));
    }

    public void removeEntry(int index) {
        List<Map<String, String>> rows = new ArrayList<>(entries());
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
            value.set(rows.isEmpty() ? null : new Value.Entries(rows));
        }
    }

    public void setCell(int index, String columnId, String text) {
        List<Map<String, String>> rows = new ArrayList<>(entries());
        if (index < 0 || index >= rows.size()) {
            return;
        }
        Map<String, String> row = new LinkedHashMap<>(rows.get(index));
        row.put(columnId, text);
        rows.set(index, row);
        value.set(new Value.Entries(rows));
    }
}
