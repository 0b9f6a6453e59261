package org.kickoff.ui.summary;

import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.kickoff.domain.Project;
import org.kickoff.domain.Questionnaire;
import org.kickoff.i18n.Messages;
import org.kickoff.report.Summary;
import org.kickoff.ui.common.Background;
import org.kickoff.ui.common.Prompts;
import org.kickoff.ui.session.ProjectDocument;

/**
 * The summary page: the summary model of the project as it is now, built off the JavaFX thread, and the
 * way back from any line to the question behind it.
 */
public final class SummaryViewModel {

    private final ProjectDocument document;
    private final Consumer<String> showQuestion;
    private final Background background;
    private final Prompts prompts;
    private final Messages messages;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Summary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final javafx.beans.property.ObjectProperty<org.kickoff.domain.Milestone> since =
            new javafx.beans.property.SimpleObjectProperty<>(this, "since");

    /** @param showQuestion goes to a question's page and puts it in view */
    public SummaryViewModel(ProjectDocument document, Consumer<String> showQuestion, Messages messages, Clock clock,
                            Background background, Prompts prompts) {
        this.document = document;
        this.showQuestion = showQuestion;
        this.background = background;
        this.prompts = prompts;
        this.messages = messages;
        this.clock = clock;
    }

    public ReadOnlyObjectProperty<Summary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    /** Builds the summary of the project as it is now. */
    public void refresh() {
        Project project = document.project();
        Questionnaire questionnaire = document.questionnaire();
        if (project == null) {
            return;
        }
        org.kickoff.domain.Milestone milestone = since.get();
        background.run(() -> Summary.of(questionnaire, project, messages, java.time.LocalDate.now(clock), milestone),
                built -> {
            summary.set(built);
        }, e -> {
            prompts.showError(messages.get("summary.error"), String.valueOf(e.getMessage()));
        });
    }

    /** The milestone whose changes the summary shows; {@code null} for none. Setting it builds the summary anew. */
    public javafx.beans.property.ObjectProperty<org.kickoff.domain.Milestone> sinceProperty() {
        return since;
    }

    /** The project's milestones, newest last. */
    public java.util.List<org.kickoff.domain.Milestone> milestones() {
        return document.project() == null ? java.util.List.of() : document.project().milestones();
    }

    /** Goes to the page of the question behind a line and puts it in view. */
    public void showQuestion(String questionId) {
        showQuestion.accept(questionId);
    }
}
