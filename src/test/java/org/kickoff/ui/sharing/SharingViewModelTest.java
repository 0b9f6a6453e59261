package org.kickoff.ui.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.MergePlan.Resolution;
import org.kickoff.domain.Project;
import org.kickoff.domain.ProjectDiff;
import org.kickoff.domain.Value;
import org.kickoff.storage.ProjectFiles;
import org.kickoff.ui.FakePrompts;
import org.kickoff.ui.TestDocuments;
import org.kickoff.ui.common.Background;
import org.kickoff.ui.session.ProjectDocument;

class SharingViewModelTest {

    @TempDir
    Path dir;
    private final FakePrompts prompts = new FakePrompts();
    private final ProjectDocument document = TestDocuments.document(prompts);
    private final SharingViewModel sharing = new SharingViewModel(document, new ProjectFiles(), Background.direct(),
            prompts);
    private Path colleague;

    @BeforeEach
    void twoProjects() throws Exception {
        document.newProject();
        document.setAnswer("first.containers", Answer.answered(new Value.YesNo(true)));
        document.setAnswer("first.pattern", Answer.answered(new Value.Single("layered", "")));
        document.setAnswer("second.story", Answer.answered(new Value.Text("mine")));
        Project theirs = document.project()
                .withAnswer("first.pattern", Answer.answered(new Value.Single("hexagonal", "")))
                .withAnswer("second.story", Answer.answered(new Value.Text("theirs")))
                .withAnswer("second.volume", Answer.answered(new Value.Amount(java.math.BigDecimal.TEN, "tb")));
        colleague = dir.resolve("luis.kickoff");
        new ProjectFiles().save(colleague, theirs, Fixtures.mini());
    }

    @Test
    void comparingSaysWhereTheProjectsDiffer() {
        List<SharingViewModel.Comparison> shown = new ArrayList<>();
        sharing.compareWith(colleague, shown::add);
        ProjectDiff diff = shown.get(0).diff();
        assertEquals("Untitled project (luis.kickoff)", shown.get(0).theirs(), "their name and their file");
        assertEquals("Untitled project (not saved yet)", shown.get(0).mine());
        assertEquals(2, diff.counts().changed());
        assertEquals(1, diff.counts().onlyRight());
        assertTrue(diff.question("first.containers").map(q -> !q.differs()).orElse(false));
    }

    @Test
    void mergingTakesOverOneSidedAnswersAndLetsTheUserDecideTheRest() {
        List<MergeViewModel> plans = new ArrayList<>();
        sharing.mergeFrom(colleague, plans::add);
        MergeViewModel merge = plans.get(0);
        assertEquals(List.of("second.volume"), merge.takenOver());
        assertEquals(2, merge.conflicts().size());
        merge.choiceProperty("first.pattern").set(Resolution.THEIRS);
        assertEquals(1, merge.undecided());
        merge.apply();
        Project merged = document.project();
        assertEquals(new Value.Single("hexagonal", ""), merged.answerOrEmpty("first.pattern").value());
        assertEquals(new Value.Amount(java.math.BigDecimal.TEN, "tb"), merged.answerOrEmpty("second.volume").value());
        Answer undecided = merged.answerOrEmpty("second.story");
        assertEquals(AnswerStatus.OPEN, undecided.status(), "an undecided difference stays visible as open");
        assertTrue(undecided.note().contains("mine") && undecided.note().contains("theirs"), undecided.note());
        assertTrue(document.isDirty());
    }

    @Test
    void aMergeThatBringsOnlyAnActionSaysSoAndIsOneStepToUndo() throws Exception {
        Project theirs = document.project().withAction(org.kickoff.domain.Action.create("a-luis", "Order the VM",
                "Luis", null));
        Path file = dir.resolve("luis-action.kickoff");
        new ProjectFiles().save(file, theirs, Fixtures.mini());
        Project before = document.project();
        List<MergeViewModel> plans = new ArrayList<>();
        sharing.mergeFrom(file, plans::add);
        MergeViewModel.Outcome outcome = plans.get(0).apply();
        assertTrue(!outcome.isEmpty(), "the report does not say that nothing was brought over");
        assertEquals(List.of("a-luis"), outcome.outcome().actionsTaken());
        assertEquals("Order the VM", document.project().actions().get("a-luis").title());
        document.undo();
        assertEquals(before, document.project());
    }

    @Test
    void allMineOrAllTheirsDecidesTheRest() {
        List<MergeViewModel> plans = new ArrayList<>();
        sharing.mergeFrom(colleague, plans::add);
        MergeViewModel merge = plans.get(0);
        merge.choiceProperty("second.story").set(Resolution.BOTH_IN_NOTE);
        merge.decideRest(Resolution.MINE);
        assertEquals(0, merge.undecided());
        merge.apply();
        assertEquals(new Value.Single("layered", ""), document.project().answerOrEmpty("first.pattern").value());
        Answer story = document.project().answerOrEmpty("second.story");
        assertEquals(new Value.Text("mine"), story.value());
        assertTrue(story.note().contains("theirs"), story.note());
    }

    @Test
    void aProjectOfAnotherQuestionnaireIsRefusedWithAReason() throws Exception {
        Path other = dir.resolve("other.kickoff");
        new ProjectFiles().save(other, Project.create("Other", new org.kickoff.domain.QuestionnaireRef("x", "1"),
                TestDocuments.CLOCK.instant()), Fixtures.mini());
        List<SharingViewModel.Comparison> shown = new ArrayList<>();
        sharing.compareWith(other, shown::add);
        assertTrue(shown.isEmpty());
        assertTrue(prompts.errors.get(0).contains("\"x\""), prompts.errors.get(0));
    }
}
