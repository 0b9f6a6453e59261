package org.kickoff.ui.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.UnknownFields;
import org.kickoff.domain.Value;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.FakePrompts;
import org.kickoff.ui.TestDocuments;
import org.kickoff.ui.wizard.ProjectDocument;
import org.kickoff.ui.wizard.WizardViewModel;

class QuestionViewModelTest {

    private ProjectDocument document;
    private WizardViewModel wizard;
    private TopicPageViewModel first;
    private TopicPageViewModel second;

    @BeforeEach
    void setUp() {
        document = TestDocuments.document(new FakePrompts());
        document.newProject();
        pages("en");
    }

    private void pages(String language) {
        document = document == null ? TestDocuments.document(new FakePrompts()) : document;
        wizard = new WizardViewModel(document);
        Messages messages = Messages.forLanguage(language);
        first = new TopicPageViewModel(Fixtures.mini().topics().get(0), document, wizard.evaluationProperty(),
                messages, TestDocuments.CLOCK);
        second = new TopicPageViewModel(Fixtures.mini().topics().get(1), document, wizard.evaluationProperty(),
                messages, TestDocuments.CLOCK);
    }

    private Answer stored(String id) {
        return document.project().answerOrEmpty(id);
    }

    @Test
    void typingAnswersAndClearingUnanswers() {
        QuestionViewModel story = second.question("second.story");
        story.enterText("Once upon a time");
        assertEquals(AnswerStatus.ANSWERED, stored("second.story").status());
        assertEquals(new Value.Text("Once upon a time"), stored("second.story").value());
        story.enterText("");
        assertTrue(document.project().answer("second.story").isEmpty(), "nothing left to keep");
        assertFalse(document.isDirty());
    }

    @Test
    void followUpsShowAndHideLiveAndKeepTheirAnswers() {
        QuestionViewModel containers = first.question("first.containers");
        QuestionViewModel kubernetes = first.question("first.kubernetes");
        assertFalse(kubernetes.visibleProperty().get());
        containers.answerYesNo(true);
        assertTrue(kubernetes.visibleProperty().get());
        kubernetes.answerYesNo(true);
        containers.answerYesNo(false);
        assertFalse(kubernetes.visibleProperty().get());
        assertTrue(kubernetes.hiddenWithAnswerProperty().get());
        assertEquals(new Value.YesNo(true), stored("first.kubernetes").value(), "kept while hidden");
        containers.answerYesNo(true);
        assertTrue(kubernetes.visibleProperty().get());
        assertFalse(kubernetes.hiddenWithAnswerProperty().get());
    }

    @Test
    void openAndNotApplicableKeepTheirDetailsAndTheValue() {
        QuestionViewModel pattern = first.question("first.pattern");
        pattern.choose("hexagonal");
        pattern.setStatus(AnswerStatus.OPEN);
        pattern.ownerProperty().set("Dana");
        pattern.setDue(LocalDate.of(2026, 12, 15));
        Answer open = stored("first.pattern");
        assertEquals(AnswerStatus.OPEN, open.status());
        assertEquals("Dana", open.owner());
        assertEquals(new Value.Single("hexagonal", ""), open.value(), "the draft answer is not lost");
        pattern.setStatus(AnswerStatus.NOT_APPLICABLE);
        pattern.reasonProperty().set("prototype only");
        assertEquals("prototype only", stored("first.pattern").reason());
        pattern.setStatus(AnswerStatus.ANSWERED);
        assertEquals(AnswerStatus.ANSWERED, stored("first.pattern").status());
    }

    @Test
    void aPastDueDateIsAWarningAndAWrongOneAnError() {
        QuestionViewModel pattern = first.question("first.pattern");
        pattern.setStatus(AnswerStatus.OPEN);
        pattern.setDue(LocalDate.of(2026, 1, 1));
        assertEquals("The due date is in the past.", pattern.dueWarningProperty().get());
        pattern.enterDueText("next tuesday", DateTimeFormatter.ISO_LOCAL_DATE);
        assertTrue(pattern.dueErrorProperty().get().startsWith("Not a date; enter it like 2026-11-29"));
        assertEquals(LocalDate.of(2026, 1, 1), stored("first.pattern").due(), "the last good date stays");
        pattern.enterDueText("2027-01-15", DateTimeFormatter.ISO_LOCAL_DATE);
        assertEquals("", pattern.dueErrorProperty().get());
        assertEquals("", pattern.dueWarningProperty().get());
    }

    @Test
    void exclusiveOptionsClearTheOthersAndBack() {
        QuestionViewModel databases = second.question("second.databases");
        databases.toggle("redis", true);
        databases.toggle("postgresql", true);
        assertEquals(List.of("postgresql", "redis"), databases.selectedOptions(), "questionnaire order");
        databases.toggle("none", true);
        assertEquals(List.of("none"), databases.selectedOptions());
        databases.toggle("redis", true);
        assertEquals(List.of("redis"), databases.selectedOptions());
        databases.enterOther("TimescaleDB");
        assertEquals(new Value.Multi(List.of("redis", "other"), "TimescaleDB"), stored("second.databases").value());
    }

    @Test
    void numbersAreReadInTheUsersLanguageAndWrongInputIsMarked() {
        QuestionViewModel volume = second.question("second.volume");
        volume.enterNumber("2.5");
        assertEquals(new Value.Amount(new BigDecimal("2.5"), "gb"), stored("second.volume").value());
        volume.enterNumber("2.5x");
        assertEquals("Not a number; enter it like 2.5.", volume.inputErrorProperty().get());
        assertEquals(new Value.Amount(new BigDecimal("2.5"), "gb"), stored("second.volume").value(), "kept");
        volume.enterNumber("-1");
        assertEquals("Must be at least 0.", volume.inputErrorProperty().get());
        volume.chooseUnit("tb");
        volume.enterNumber("3");
        assertEquals("", volume.inputErrorProperty().get());
        assertEquals(new Value.Amount(new BigDecimal("3"), "tb"), stored("second.volume").value());

        pages("de");
        QuestionViewModel german = second.question("second.volume");
        assertEquals("3", german.numberTextProperty().get());
        german.enterNumber("1,25");
        assertEquals(new Value.Amount(new BigDecimal("1.25"), "tb"), stored("second.volume").value());
        german.enterNumber("1.25");
        assertEquals("Keine Zahl; bitte so eingeben: 2,5.", german.inputErrorProperty().get());
    }

    @Test
    void listEntriesAreAddedEditedAndRemoved() {
        first.question("first.containers").answerYesNo(true);
        first.question("first.kubernetes").answerYesNo(true);
        QuestionViewModel which = first.question("first.which");
        which.addEntry();
        which.setCell(0, "name", "api");
        which.addEntry();
        which.setCell(1, "purpose", "worker");
        assertEquals(2, which.entries().size());
        which.removeEntry(0);
        assertEquals(List.of(Map.of("name", "", "purpose", "worker")), which.entries());
        which.removeEntry(0);
        assertNull(stored("first.which").value());
    }

    @Test
    void fieldsWrittenByANewerVersionSurviveAnEdit() {
        document.setAnswer("second.story", new Answer(AnswerStatus.ANSWERED, new Value.Text("a"), "", null, "", "",
                new UnknownFields(Map.of("reviewedBy", "\"Ana\""))));
        pages("en");
        second.question("second.story").enterText("b");
        assertEquals("\"Ana\"", stored("second.story").unknown().rawJsonByName().get("reviewedBy"));
    }

    @Test
    void disposedQuestionsStopListening() {
        QuestionViewModel kubernetes = first.question("first.kubernetes");
        first.dispose();
        first.question("first.containers").valueProperty().set(new Value.YesNo(true));
        document.setAnswer("first.containers", Answer.answered(new Value.YesNo(true)));
        assertFalse(kubernetes.visibleProperty().get(), "no longer follows the project");
    }
}
