package org.kickoff.ui.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.ListType;
import org.kickoff.domain.MultiChoiceType;
import org.kickoff.domain.NumberType;
import org.kickoff.domain.SingleChoiceType;
import org.kickoff.domain.UnknownFields;
import org.kickoff.domain.Value;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.FakePrompts;
import org.kickoff.ui.TestDocuments;
import org.kickoff.ui.session.ProjectDocument;
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

    private TextModel text(QuestionViewModel vm) {
        return new TextModel(vm);
    }

    private YesNoModel yesNo(QuestionViewModel vm) {
        return new YesNoModel(vm);
    }

    private NumberModel number(QuestionViewModel vm) {
        return new NumberModel(vm, (NumberType) vm.question().type());
    }

    private ListModel list(QuestionViewModel vm) {
        return new ListModel(vm, (ListType) vm.question().type());
    }

    /** Types the text one character at a time, as a user does, through every intermediate text. */
    private static void typeInto(java.util.function.Consumer<String> field, String text) {
        for (int i = 1; i <= text.length(); i++) {
            field.accept(text.substring(0, i));
        }
    }

    @Test
    void typingAnswersAndClearingUnanswers() {
        QuestionViewModel story = second.question("second.story");
        text(story).enter("Once upon a time");
        assertEquals(AnswerStatus.ANSWERED, stored("second.story").status());
        assertEquals(new Value.Text("Once upon a time"), stored("second.story").value());
        text(story).enter("");
        assertTrue(document.project().answer("second.story").isEmpty(), "nothing left to keep");
        assertFalse(document.isDirty());
    }

    @Test
    void followUpsShowAndHideLiveAndKeepTheirAnswers() {
        QuestionViewModel containers = first.question("first.containers");
        QuestionViewModel kubernetes = first.question("first.kubernetes");
        assertFalse(kubernetes.visibleProperty().get());
        yesNo(containers).answer(true);
        assertTrue(kubernetes.visibleProperty().get());
        yesNo(kubernetes).answer(true);
        yesNo(containers).answer(false);
        assertFalse(kubernetes.visibleProperty().get());
        assertTrue(kubernetes.hiddenWithAnswerProperty().get());
        assertEquals(new Value.YesNo(true), stored("first.kubernetes").value(), "kept while hidden");
        yesNo(containers).answer(true);
        assertTrue(kubernetes.visibleProperty().get());
        assertFalse(kubernetes.hiddenWithAnswerProperty().get());
    }

    @Test
    void openAndNotApplicableKeepTheirDetailsAndTheValue() {
        QuestionViewModel pattern = first.question("first.pattern");
        SingleChoiceModel choice = new SingleChoiceModel(pattern, (SingleChoiceType) pattern.question().type());
        choice.choose("hexagonal");
        pattern.setStatus(AnswerStatus.OPEN);
        pattern.ownerProperty().set("Dana");
        pattern.dueDate().pick(LocalDate.of(2026, 12, 15));
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
    void aPastDueDateIsAWarningAndAWrongOneIsKeptAsTypedWithoutADate() {
        QuestionViewModel pattern = first.question("first.pattern");
        pattern.setStatus(AnswerStatus.OPEN);
        pattern.dueDate().pick(LocalDate.of(2026, 1, 1));
        assertEquals("The due date is in the past.", pattern.dueDate().warningProperty().get());
        pattern.dueDate().enter("next tuesday");
        assertEquals("Not a date; enter it like Dec 20, 2026 or 2026-12-20.", pattern.dueDate().errorProperty().get());
        assertNull(stored("first.pattern").due(), "the old date is not shown as if it were the typed one");
        assertEquals(Map.of(Answer.Draft.DUE, "next tuesday"), stored("first.pattern").drafts());
        assertTrue(pattern.invalidProperty().get());
        pattern.dueDate().enter("2027-01-15");
        assertEquals("", pattern.dueDate().errorProperty().get());
        assertEquals("", pattern.dueDate().warningProperty().get());
        assertEquals(LocalDate.of(2027, 1, 15), stored("first.pattern").due());
        assertEquals(Map.of(), stored("first.pattern").drafts());
    }

    @Test
    void dueDatesTypedCharacterByCharacterStoreOnlyWhatWasTyped() {
        pages("de");
        QuestionViewModel pattern = first.question("first.pattern");
        pattern.setStatus(AnswerStatus.OPEN);
        typeInto(pattern.dueDate()::enter, "31.12.");
        assertNull(stored("first.pattern").due(), "31.12. has no year: no date, not 31.12. of some year");
        assertEquals("31.12.", stored("first.pattern").draft(Answer.Draft.DUE).orElseThrow());
        typeInto(t -> pattern.dueDate().enter("31.12." + t), "2026");
        assertEquals(LocalDate.of(2026, 12, 31), stored("first.pattern").due());
        assertFalse(stored("first.pattern").hasDrafts());
        typeInto(pattern.dueDate()::enter, "2026-13-01");
        assertNull(stored("first.pattern").due(), "month 13 is no month");
        assertEquals("2026-13-01", stored("first.pattern").draft(Answer.Draft.DUE).orElseThrow());
        pattern.dueDate().enter("31.02.2026");
        assertNull(stored("first.pattern").due(), "31 February is not quietly made 28 February");
        pattern.dueDate().enter("2026-12-20");
        assertEquals(LocalDate.of(2026, 12, 20), stored("first.pattern").due(), "ISO dates work in every language");
        pattern.dueDate().enter("");
        assertNull(stored("first.pattern").due());
        assertFalse(stored("first.pattern").hasDrafts());
    }

    @Test
    void exclusiveOptionsClearTheOthersAndBack() {
        QuestionViewModel databases = second.question("second.databases");
        MultiChoiceModel model = new MultiChoiceModel(databases, (MultiChoiceType) databases.question().type());
        model.toggle("redis", true);
        model.toggle("postgresql", true);
        assertEquals(List.of("postgresql", "redis"), model.selected(), "questionnaire order");
        model.toggle("none", true);
        assertEquals(List.of("none"), model.selected());
        model.toggle("redis", true);
        assertEquals(List.of("redis"), model.selected());
        model.enterOther("TimescaleDB");
        assertEquals(new Value.Multi(List.of("redis", "other"), "TimescaleDB"), stored("second.databases").value());
        model.enterOther("");
        assertEquals(new Value.Multi(List.of("redis"), ""), stored("second.databases").value(),
                "clearing the other text unticks other");
    }

    @Test
    void numbersAreReadInTheUsersLanguageAndWrongInputIsKeptAsTypedInsteadOfAValue() {
        QuestionViewModel volume = second.question("second.volume");
        NumberModel model = number(volume);
        model.enter("2.5");
        assertEquals(new Value.Amount(new BigDecimal("2.5"), "gb"), stored("second.volume").value());
        model.enter("2.5x");
        assertEquals("Not a number; enter it like 2.5.", model.errorProperty().get());
        assertNull(stored("second.volume").value(), "2.5 is not what the field says");
        assertEquals("2.5x", stored("second.volume").draft(Answer.Draft.NUMBER).orElseThrow());
        assertEquals(AnswerStatus.UNANSWERED, stored("second.volume").status());
        model.enter("-1");
        assertEquals("Too small: at least 0.", model.errorProperty().get());
        model.chooseUnit("tb");
        model.enter("3");
        assertEquals("", model.errorProperty().get());
        assertEquals(new Value.Amount(new BigDecimal("3"), "tb"), stored("second.volume").value());
        assertFalse(stored("second.volume").hasDrafts());

        pages("de");
        QuestionViewModel german = second.question("second.volume");
        NumberModel germanModel = number(german);
        assertEquals("3", germanModel.textProperty().get());
        germanModel.enter("1,25");
        assertEquals(new Value.Amount(new BigDecimal("1.25"), "tb"), stored("second.volume").value());
        germanModel.enter("1.25");
        assertEquals("Keine Zahl; bitte so eingeben: 2,5.", germanModel.errorProperty().get());
        assertNull(stored("second.volume").value());
    }

    @Test
    void aNumberTypedCharacterByCharacterIsStoredOnlyWhenTheWholeTextIsOne() {
        first.question("first.containers");
        QuestionViewModel volume = second.question("second.volume");
        typeInto(number(volume)::enter, "2,5");
        Answer answer = stored("second.volume");
        assertNull(answer.value(), "the prefix 2 parsed once, but 2,5 is what was typed");
        assertEquals("2,5", answer.draft(Answer.Draft.NUMBER).orElseThrow());
        assertFalse(answer.isAnswered());
        assertEquals(0, wizard.evaluationProperty().get().progress().answered(), "not counted as answered");
        assertEquals(1, wizard.evaluationProperty().get().progress().invalid());

        typeInto(number(second.question("second.volume"))::enter, "1e3");
        assertNull(stored("second.volume").value(), "1e3 is not 1");
        assertEquals("1e3", stored("second.volume").draft(Answer.Draft.NUMBER).orElseThrow());

        number(second.question("second.volume")).enter("");
        assertTrue(document.project().answer("second.volume").isEmpty(), "cleared: nothing left");
    }

    @Test
    void aDraftSurvivesALanguageSwitchMarkedEvenWhereTheOtherLanguageWouldReadIt() {
        pages("de");
        number(second.question("second.volume")).enter("2.5");
        pages("en");
        NumberModel english = number(second.question("second.volume"));
        assertEquals("2.5", english.textProperty().get(), "the text stays as typed");
        assertFalse(english.errorProperty().get().isEmpty(), "and stays marked until the user confirms it");
        assertNull(stored("second.volume").value(), "nothing taken without the user");
        english.enter("2.5");
        assertEquals(new Value.Amount(new BigDecimal("2.5"), "gb"), stored("second.volume").value());
    }

    @Test
    void listEntriesAreAddedEditedAndRemoved() {
        yesNo(first.question("first.containers")).answer(true);
        yesNo(first.question("first.kubernetes")).answer(true);
        ListModel which = list(first.question("first.which"));
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
        text(second.question("second.story")).enter("b");
        assertEquals("\"Ana\"", stored("second.story").unknown().rawJsonByName().get("reviewedBy"));
    }

    @Test
    void disposedQuestionsStopListening() {
        QuestionViewModel kubernetes = first.question("first.kubernetes");
        first.dispose();
        document.setAnswer("first.containers", Answer.answered(new Value.YesNo(true)));
        assertFalse(kubernetes.visibleProperty().get(), "no longer follows the project");
    }

    @Test
    void aChangedQuestionsAnswerCanBeConfirmedOnlyOnceItFitsTheQuestionAsItNowIs() {
        document.update(p -> p.withAnswer("first.pattern", Answer.answered(new Value.Single("gone", "")))
                .withChangedSinceAnswered(List.of("first.pattern")));
        QuestionViewModel pattern = first.question("first.pattern");
        assertTrue(pattern.changedSinceAnsweredProperty().get());
        assertFalse(pattern.answerFitsProperty().get(), "the option it names is gone");
        pattern.confirmChange();
        assertTrue(document.project().isChangedSinceAnswered("first.pattern"), "not confirmed: it would not fit");
        assertTrue(org.kickoff.domain.ProjectCheck.check(document.project(), Fixtures.mini()).isEmpty(),
                "the file stays valid");

        new SingleChoiceModel(pattern, (SingleChoiceType) pattern.question().type()).choose("layered");
        assertTrue(pattern.answerFitsProperty().get());
        pattern.confirmChange();
        assertFalse(document.project().isChangedSinceAnswered("first.pattern"));
        assertEquals(new Value.Single("layered", ""), stored("first.pattern").value());
    }
}
