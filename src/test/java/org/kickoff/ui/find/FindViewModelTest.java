package org.kickoff.ui.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Value;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.FakePrompts;
import org.kickoff.ui.TestDocuments;
import org.kickoff.ui.session.ProjectDocument;
import org.kickoff.ui.wizard.WizardViewModel;

class FindViewModelTest {

    private final ProjectDocument document = TestDocuments.document(new FakePrompts());
    private final List<String> shown = new ArrayList<>();
    private FindViewModel find;

    @BeforeEach
    void setUp() {
        document.newProject();
        WizardViewModel wizard = new WizardViewModel(document);
        find = new FindViewModel(document, wizard.evaluationProperty(), Messages.forLanguage("en"),
                TestDocuments.CLOCK, shown::add);
        document.setAnswer("second.story", Answer.answered(new Value.Text("The courier scans the parcel")));
        document.setAnswer("first.pattern", Answer.open("Dana", LocalDate.of(2026, 11, 1)).withNote("ask the team"));
        document.setAnswer("first.containers", Answer.notApplicable("serverless"));
    }

    private List<String> ids() {
        return find.hits().stream().map(FindViewModel.Hit::questionId).toList();
    }

    @Test
    void findsByQuestionAnswerOrNoteAcrossTopicsAndGoesThere() {
        find.queryProperty().set("PARCEL");
        find.refresh();
        assertEquals(List.of("second.story"), ids(), "answers are searched, whatever the case");
        assertTrue(find.hits().get(0).context().contains("courier scans the parcel"));
        find.queryProperty().set("ask the");
        find.refresh();
        assertEquals(List.of("first.pattern"), ids(), "notes too, on another topic");
        find.show(find.hits().get(0));
        assertEquals(List.of("first.pattern"), shown);
    }

    @Test
    void filtersByStateWithCounts() {
        find.filterProperty().set(FindViewModel.Filter.OPEN);
        find.refresh();
        assertEquals(List.of("first.pattern"), ids());
        find.filterProperty().set(FindViewModel.Filter.OVERDUE);
        find.refresh();
        assertEquals(List.of("first.pattern"), ids(), "due on 1 November, today is 29 November");
        find.filterProperty().set(FindViewModel.Filter.NOT_APPLICABLE);
        find.refresh();
        assertEquals(List.of("first.containers"), ids());
        find.filterProperty().set(FindViewModel.Filter.WITH_RISK);
        find.refresh();
        assertEquals(List.of(), ids(), "the story is answered: no risk");
        document.setAnswer("second.story", Answer.EMPTY);
        find.refresh();
        assertEquals(List.of("second.story"), ids(), "unanswered, and marked a risk if left unanswered");
        var counts = find.countsProperty().get();
        assertEquals(1, counts.get(FindViewModel.Filter.OPEN));
        assertEquals(1, counts.get(FindViewModel.Filter.NOT_APPLICABLE));
        assertEquals(counts.get(FindViewModel.Filter.ALL), counts.get(FindViewModel.Filter.UNANSWERED) + 2,
                "every question that applies is in one state");
    }
}
