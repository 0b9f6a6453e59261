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
        background.run(() -> Summary.of(questionnaire, project, messages, clock), built -> {
            summary.set(built);
        }, e -> {
            prompts.showError(messages.get("summary.error"), String.valueOf(e.getMessage()));
        });
    }

    /** Goes to the page of the question behind a line and puts it in view. */
    public void showQuestion(String questionId) {
        showQuestion.accept(questionId);
    }
}
