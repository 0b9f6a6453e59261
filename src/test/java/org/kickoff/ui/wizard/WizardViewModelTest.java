package org.kickoff.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Value;
import org.kickoff.ui.FakePrompts;
import org.kickoff.ui.TestDocuments;
import org.kickoff.ui.actions.OutcomeCommands;
import org.kickoff.ui.session.ProjectDocument;

class WizardViewModelTest {

    private final ProjectDocument document = TestDocuments.document(new FakePrompts());
    private final WizardViewModel wizard = new WizardViewModel(document);

    @BeforeEach
    void open() {
        document.newProject();
        wizard.start();
    }

    @Test
    void startsOnTheFirstTopicWithDetailsBeforeAndSummaryAfter() {
        assertEquals(5, wizard.pages().size(), "details, two topics, actions, summary");
        assertInstanceOf(Page.TopicPage.class, wizard.current());
        assertEquals("first", ((Page.TopicPage) wizard.current()).topic().id());
        assertTrue(wizard.canGoBackProperty().get());
        assertFalse(wizard.nextLeadsToSummaryProperty().get());
    }

    @Test
    void afterTheLastTopicComeTheActionsThenTheSummary() {
        wizard.next();
        assertFalse(wizard.nextLeadsToSummaryProperty().get());
        wizard.next();
        assertInstanceOf(Page.Actions.class, wizard.current());
        assertTrue(wizard.nextLeadsToSummaryProperty().get());
        wizard.next();
        assertInstanceOf(Page.Summary.class, wizard.current());
        assertFalse(wizard.canGoNextProperty().get());
        wizard.next();
        assertInstanceOf(Page.Summary.class, wizard.current(), "no further than the summary");
        wizard.back();
        wizard.back();
        wizard.back();
        wizard.back();
        assertInstanceOf(Page.Details.class, wizard.current());
        assertFalse(wizard.canGoBackProperty().get());
    }

    @Test
    void anyTopicIsOneCommandAway() {
        wizard.jumpToTopic("second");
        assertEquals("second", ((Page.TopicPage) wizard.current()).topic().id());
        wizard.showSummary();
        assertInstanceOf(Page.Summary.class, wizard.current());
    }

    @Test
    void progressFollowsAnswersAndFollowUps() {
        assertEquals(0.0, wizard.overallProgressProperty().get());
        assertEquals(5, wizard.overallProperty().get().total());
        document.setAnswer("first.containers", Answer.answered(new Value.YesNo(true)));
        assertEquals(6, wizard.overallProperty().get().total(), "the Kubernetes follow-up now applies");
        assertEquals(1.0 / 6, wizard.overallProgressProperty().get(), 1e-9);
        document.setAnswer("first.kubernetes", Answer.notApplicable("no cluster"));
        assertEquals(2, wizard.overallProperty().get().done());
    }

    @Test
    void undoingARiskDecisionShowsItOnItsCardOrOnTheActionsPage() {
        OutcomeCommands commands = new OutcomeCommands(document, TestDocuments.CLOCK, new java.util.Random(1));
        wizard.jumpToTopic("second");
        commands.resolve("second.story");
        wizard.undo();
        assertTrue(document.project().riskEntry("second.story").isEmpty(), "the decision is taken back");
        assertEquals("second", ((Page.TopicPage) wizard.current()).topic().id(), "on the page of its card");
        assertEquals("second.story", wizard.questionToShowProperty().get(), "the card put in view");

        wizard.jumpToTopic("first");
        wizard.redo();
        assertEquals(org.kickoff.domain.RiskState.RESOLVED, document.project().riskEntry("second.story").state());
        assertInstanceOf(Page.Actions.class, wizard.current(), "its card is not here: the register is");
    }

    @Test
    void undoingAnActionShowsTheActionsPageAndAMilestoneStaysWhereItIs() {
        OutcomeCommands commands = new OutcomeCommands(document, TestDocuments.CLOCK, new java.util.Random(1));
        commands.addAction("Book the pen test", "Mira", null);
        commands.recordMilestone("Review");
        wizard.jumpToTopic("second");
        wizard.undo();
        assertTrue(document.project().milestones().isEmpty());
        assertEquals("second", ((Page.TopicPage) wizard.current()).topic().id(), "a milestone is on no page");
        wizard.undo();
        assertTrue(document.project().actions().isEmpty());
        assertInstanceOf(Page.Actions.class, wizard.current());
    }

    @Test
    void theActionsPageIsRememberedAsItself() {
        wizard.jumpTo(new Page.Actions());
        String key = WizardViewModel.pageKey(wizard.current());
        assertEquals("actions", key);
        wizard.start();
        document.update(p -> p.withInfo(p.info().withName("Parcel tracking")));
        wizard.start(key);
        assertInstanceOf(Page.Actions.class, wizard.current(), "a project reopens on the Actions page");
    }
}
