package org.kickoff.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kickoff.domain.Evaluation;
import org.kickoff.domain.Progress;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.Topic;
import org.kickoff.ui.actions.OutcomeCommands;
import org.kickoff.ui.project.ProjectDetailsViewModel;
import org.kickoff.ui.session.ProjectDocument;
import org.kickoff.ui.session.UndoHistory;

/**
 * Where the user is in the wizard: the pages (project details, one per topic, summary), the current one,
 * whether back and next are possible, and how far each topic is. The view binds to these; the commands
 * {@link #next()}, {@link #back()} and {@link #jumpTo(Page)} move.
 */
public final class WizardViewModel {

    private final ProjectDocument document;
    private final ObservableList<Page> pages = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> questionToShow = new ReadOnlyObjectWrapper<>(this, "questionToShow");
    private final IntegerProperty currentIndex = new SimpleIntegerProperty(this, "currentIndex", 1);
    private final ObjectBinding<Page> current;
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoNext;
    private final BooleanBinding nextLeadsToSummary;
    private final ObjectBinding<Evaluation> evaluation;
    private final DoubleBinding overallProgress;
    private final ObjectBinding<Progress> overall;

    public WizardViewModel(ProjectDocument document) {
        this.document = document;
        document.questionnaireProperty().subscribe(this::buildPages);
        current = Bindings.createObjectBinding(() -> pages.get(Math.min(currentIndex.get(), pages.size() - 1)),
                currentIndex, pages);
        canGoBack = currentIndex.greaterThan(0);
        canGoNext = currentIndex.lessThan(Bindings.size(pages).subtract(1));
        nextLeadsToSummary = currentIndex.isEqualTo(Bindings.size(pages).subtract(2));
        ObservableValue<Project> project = document.projectProperty();
        evaluation = Bindings.createObjectBinding(() -> project.getValue() == null ? null
                : new Evaluation(document.questionnaire(), project.getValue()), project,
                document.questionnaireProperty());
        overall = Bindings.createObjectBinding(() -> evaluation.get() == null ? Progress.NONE
                : evaluation.get().progress(), evaluation);
        overallProgress = Bindings.createDoubleBinding(() -> overall.get().total() == 0 ? 0
                : overall.get().fraction(), overall);
    }

    /** One page for the details, one per topic, one for the summary: follows the open project's questionnaire. */
    private void buildPages(Questionnaire questionnaire) {
        List<Page> list = new ArrayList<>();
        list.add(new Page.Details());
        for (Topic topic : questionnaire.topics()) {
            list.add(new Page.TopicPage(topic));
        }
        list.add(new Page.Actions());
        list.add(new Page.Summary());
        if (!list.equals(pages)) {
            currentIndex.set(Math.min(currentIndex.get(), list.size() - 1));
            pages.setAll(list);
        }
    }

    public ProjectDocument document() {
        return document;
    }

    public ObservableList<Page> pages() {
        return pages;
    }

    public ReadOnlyIntegerProperty currentIndexProperty() {
        return IntegerProperty.readOnlyIntegerProperty(currentIndex);
    }

    public ObjectBinding<Page> currentProperty() {
        return current;
    }

    public Page current() {
        return current.get();
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    /** True on the last topic: Next then says "Summary". */
    public BooleanBinding nextLeadsToSummaryProperty() {
        return nextLeadsToSummary;
    }

    /** The answers seen through the questionnaire; a new evaluation after every change. */
    public ObjectBinding<Evaluation> evaluationProperty() {
        return evaluation;
    }

    public ObjectBinding<Progress> overallProperty() {
        return overall;
    }

    /** Share of applicable questions answered or marked not applicable, 0 to 1. */
    public DoubleBinding overallProgressProperty() {
        return overallProgress;
    }

    public Progress progress(Topic topic) {
        Evaluation e = evaluation.get();
        return e == null ? Progress.NONE : e.progress(topic);
    }

    public void next() {
        if (canGoNext.get()) {
            currentIndex.set(currentIndex.get() + 1);
        }
    }

    public void back() {
        if (canGoBack.get()) {
            currentIndex.set(currentIndex.get() - 1);
        }
    }

    public void jumpTo(Page page) {
        int index = pages.indexOf(page);
        if (index >= 0) {
            currentIndex.set(index);
        }
    }

    public void jumpToTopic(String topicId) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i) instanceof Page.TopicPage t && t.topic().id().equals(topicId)) {
                currentIndex.set(i);
                return;
            }
        }
    }

    /** The question to put in view once its page shows; {@code null} when none is asked for. */
    public ReadOnlyObjectProperty<String> questionToShowProperty() {
        return questionToShow.getReadOnlyProperty();
    }

    /** Goes to the question's page and asks for the question to be put in view. */
    public void showQuestion(String questionId) {
        document.questionnaire().topicOf(questionId).ifPresent(topic -> {
            questionToShow.set(null);
            jumpToTopic(topic.id());
            questionToShow.set(questionId);
        });
    }

    /** Takes back the last change to the project and shows where it was, on whatever page. */
    public void undo() {
        document.undo().ifPresent(this::showWhere);
    }

    /** Makes the last change taken back again, and shows where it is. */
    public void redo() {
        document.redo().ifPresent(this::showWhere);
    }

    private void showWhere(UndoHistory.Step step) {
        if (ProjectDetailsViewModel.DETAILS.equals(step.kind())) {
            jumpTo(new Page.Details());
        } else if (OutcomeCommands.RISK.equals(step.kind())) {
            showRisk(step.subject());
        } else if (OutcomeCommands.ACTION.equals(step.kind())) {
            jumpTo(new Page.Actions());
        } else if (!OutcomeCommands.MILESTONE.equals(step.kind()) && !step.subject().isEmpty()) {
            // an answer; a milestone is on no page, so undoing one stays where the user is
            showQuestion(step.subject());
        }
    }

    /**
     * A change to the register: where it was made. On the topic page of one of the finding's questions (its
     * badge) that question is put in view; otherwise the Actions page, which lists every risk.
     */
    private void showRisk(String findingId) {
        Evaluation e = evaluation.get();
        if (e != null && current() instanceof Page.TopicPage page) {
            java.util.Optional<String> here = e.risks().findings().stream()
                    .filter(f -> f.id().equals(findingId)).flatMap(f -> f.questionIds().stream())
                    .filter(id -> document.questionnaire().topicOf(id)
                            .map(t -> t.id().equals(page.topic().id())).orElse(false))
                    .findFirst();
            if (here.isPresent()) {
                questionToShow.set(null);
                questionToShow.set(here.get());
                return;
            }
        }
        jumpTo(new Page.Actions());
    }

    public void showSummary() {
        currentIndex.set(pages.size() - 1);
    }

    /** The first topic: where an opened project starts when no page of it is remembered. */
    public void start() {
        currentIndex.set(1);
    }

    /**
     * Where a project starts: on the page last viewed (by its key, see {@link #pageKey}), or on the first
     * topic; a new project without a name starts on its details, where it gets one.
     */
    public void start(String pageKey) {
        if (document.file().isEmpty() && document.project() != null && document.project().info().name().isBlank()) {
            currentIndex.set(0);
            return;
        }
        for (int i = 0; i < pages.size(); i++) {
            if (pageKey(pages.get(i)).equals(pageKey)) {
                currentIndex.set(i);
                return;
            }
        }
        start();
    }

    /** A page's name in the settings: "details", "actions", "summary" or "topic:" and the topic's id. */
    public static String pageKey(Page page) {
        if (page instanceof Page.TopicPage topic) {
            return "topic:" + topic.topic().id();
        }
        return page instanceof Page.Details ? "details" : page instanceof Page.Actions ? "actions" : "summary";
    }
}
