package org.kickoff.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Project;
import org.kickoff.domain.Value;
import org.kickoff.storage.ProjectFiles;
import org.kickoff.ui.FakePrompts;
import org.kickoff.ui.TestDocuments;
import org.kickoff.ui.common.Prompts.UnsavedChoice;
import org.kickoff.ui.session.ProjectDocument;
import org.kickoff.ui.wizard.WizardViewModel;

class ProjectDocumentTest {

    @TempDir
    Path dir;
    private final FakePrompts prompts = new FakePrompts();
    private final ProjectDocument document = TestDocuments.document(prompts);

    private void answerSomething() {
        document.setAnswer("first.containers", Answer.answered(new Value.YesNo(true)));
    }

    @Test
    void aNewProjectIsCleanUntilEdited() {
        document.newProject();
        assertFalse(document.isDirty());
        assertEquals("Untitled project \u2014 not saved yet \u2014 Kickoff", document.titleProperty().get());
        answerSomething();
        assertTrue(document.isDirty());
        assertTrue(document.titleProperty().get().startsWith("*"));
    }

    @Test
    void savingAsksForAFileOnceAndThenSavesThere() throws Exception {
        document.newProject();
        document.update(p -> p.withInfo(p.info().withName("Parcel tracking")));
        answerSomething();
        prompts.filesToSave.add(dir.resolve("parcel"));
        document.save();
        Path file = dir.resolve("parcel.kickoff");
        assertTrue(Files.exists(file), "the extension is added");
        assertFalse(document.isDirty());
        assertEquals("Parcel tracking \u2014 parcel.kickoff \u2014 Kickoff", document.titleProperty().get());
        assertEquals(TestDocuments.CLOCK.instant(), document.project().info().modified());

        document.setAnswer("second.story", Answer.answered(new Value.Text("more")));
        document.save();
        assertTrue(prompts.filesToSave.isEmpty());
        Project reopened = new ProjectFiles().open(file);
        assertEquals(document.project(), reopened);
    }

    @Test
    void undoingAnEditByHandIsNotAChange() {
        document.newProject();
        answerSomething();
        document.setAnswer("first.containers", Answer.EMPTY);
        assertFalse(document.isDirty());
    }

    @Test
    void cancelKeepsTheUnsavedProjectOpen() {
        document.newProject();
        answerSomething();
        Project before = document.project();
        prompts.unsavedAnswers.add(UnsavedChoice.CANCEL);
        document.newProject();
        assertSame(before, document.project());
        document.close();
        assertSame(before, document.project(), "cancel (the default answer) keeps it open");
        assertEquals(2, prompts.unsavedAsked.size());
    }

    @Test
    void dontSaveDiscardsAndSaveSavesFirst() throws Exception {
        document.newProject();
        answerSomething();
        prompts.unsavedAnswers.add(UnsavedChoice.DONT_SAVE);
        document.close();
        assertNull(document.project());

        document.newProject();
        answerSomething();
        prompts.unsavedAnswers.add(UnsavedChoice.SAVE);
        prompts.filesToSave.add(dir.resolve("saved.kickoff"));
        document.newProject();
        assertTrue(document.project().answers().isEmpty(), "then the new project");
        assertTrue(new ProjectFiles().open(dir.resolve("saved.kickoff")).answer("first.containers").isPresent());
    }

    @Test
    void cancellingTheSaveDialogCancelsTheWholeAction() {
        document.newProject();
        answerSomething();
        Project before = document.project();
        prompts.unsavedAnswers.add(UnsavedChoice.SAVE);
        document.close();
        assertSame(before, document.project());
    }

    @Test
    void aBadFileGivesAMessageAndLeavesTheOpenProjectAlone() throws Exception {
        document.newProject();
        answerSomething();
        Project before = document.project();
        Path bad = dir.resolve("bad.kickoff");
        Files.writeString(bad, "{\"format\": \"kickoff-project\", \"formatVersion\": \"7.0\"}");
        prompts.unsavedAnswers.add(UnsavedChoice.DONT_SAVE);
        document.open(bad);
        assertSame(before, document.project());
        assertEquals(1, prompts.errors.size());
        assertTrue(prompts.errors.get(0).startsWith("Cannot open bad.kickoff\n$.formatVersion: This project was saved"),
                prompts.errors.get(0));
    }

    @Test
    void aFailedSaveKeepsTheChangesAndSaysWhy() {
        document.newProject();
        answerSomething();
        prompts.filesToSave.add(dir.resolve("missing-folder/p.kickoff"));
        document.save();
        assertTrue(document.isDirty());
        assertEquals(1, prompts.errors.size());
        assertTrue(prompts.errors.get(0).startsWith("Cannot save p.kickoff"), prompts.errors.get(0));
    }

    @Test
    void theExampleOpensAsAnUntitledCopyUnchangedUntilEdited() {
        document.openExample(Fixtures.resource("/fixtures/mini-example.kickoff"));
        assertEquals("Mini example (copy)", document.project().info().name());
        assertFalse(document.isDirty(), "nothing was edited: closing it asks nothing");
        assertTrue(document.file().isEmpty(), "and saving it asks where: the shipped file is never written");
        document.close();
        assertTrue(prompts.unsavedAsked.isEmpty());
        document.openExample(Fixtures.resource("/fixtures/mini-example.kickoff"));
        document.setAnswer("second.story", org.kickoff.domain.Answer.answered(
                new org.kickoff.domain.Value.Text("edited")));
        assertTrue(document.isDirty(), "an edit is unsaved work");
    }

    @Test
    void openingAndSavingReportTheFileForRecentFiles() throws Exception {
        List<Path> reported = new java.util.ArrayList<>();
        document.setOnFileChanged(reported::add);
        document.newProject();
        prompts.filesToSave.add(dir.resolve("a.kickoff"));
        document.saveAs();
        document.open(dir.resolve("a.kickoff"));
        assertEquals(List.of(dir.resolve("a.kickoff"), dir.resolve("a.kickoff")), reported);
    }

    @Test
    void suggestedFileNamesAreSafe() {
        assertEquals("parcel-tracking-2.0.kickoff", DocumentFiles.suggestedFileName("Parcel tracking 2.0"));
        assertEquals("ab.kickoff", DocumentFiles.suggestedFileName("a/b"));
        assertEquals("project.kickoff", DocumentFiles.suggestedFileName("  "));
    }

    @Test
    void aTeamsOwnQuestionnaireBringsItsOwnPages() throws Exception {
        Path file = dir.resolve("team.json");
        Files.write(file, Fixtures.resource("/fixtures/mini-questionnaire.json"));
        ProjectDocument builtIn = org.kickoff.ui.TestDocuments.document(Fixtures.builtIn(), prompts, "en");
        WizardViewModel wizard = new WizardViewModel(builtIn);
        builtIn.newProject();
        assertEquals(Fixtures.builtIn().topics().size() + 3, wizard.pages().size());
        prompts.questionnaires.add(file);
        builtIn.newProjectFromQuestionnaire();
        assertEquals("mini", builtIn.questionnaire().id());
        assertEquals("mini", builtIn.project().questionnaire().id());
        assertEquals(5, wizard.pages().size(), "details, two topics, actions, summary");

        prompts.filesToSave.add(dir.resolve("team.kickoff"));
        builtIn.setAnswer("first.containers", Answer.answered(new Value.YesNo(true)));
        builtIn.save();
        builtIn.newProject();
        assertEquals(Fixtures.builtIn().id(), builtIn.questionnaire().id());
        builtIn.open(dir.resolve("team.kickoff"));
        assertEquals("mini", builtIn.questionnaire().id(), "the copy inside the file is used");
        assertTrue(builtIn.project().answer("first.containers").isPresent());
    }

    @Test
    void aBrokenQuestionnaireIsRefusedWithItsLocation() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, new String(Fixtures.resource("/fixtures/mini-questionnaire.json"),
                java.nio.charset.StandardCharsets.UTF_8).replace("first.containers == yes", "first.nope == yes"));
        document.newProjectFrom(file);
        assertNull(document.project());
        assertTrue(prompts.errors.get(0).contains("$.topics[0].questions[1].visibleIf"), prompts.errors.get(0));
    }

    @Test
    void aFileWithManyProblemsListsTheFirstAndCountsTheRest() throws Exception {
        Path file = dir.resolve("many.kickoff");
        Project project = Project.create("Many", Fixtures.mini().ref(), Instant.EPOCH)
                .withAnswer("first.pattern", Answer.answered(new Value.Single("nope", "")))
                .withAnswer("second.databases", Answer.answered(new Value.Multi(List.of("x", "y", "z"), "")))
                .withAnswer("second.volume", Answer.answered(new Value.Amount(new java.math.BigDecimal("-1"), "pb")))
                .withAnswer("first.which", Answer.answered(new Value.Entries(List.of(java.util.Map.of("foo", "a"),
                        java.util.Map.of("bar", "b"), java.util.Map.of("baz", "c")))));
        new ProjectFiles().save(file, project, Fixtures.mini());
        document.open(file);
        String error = prompts.errors.get(0);
        assertEquals(1 + ProjectDocument.SHOWN_PROBLEMS + 1, error.lines().count(), error);
        assertTrue(error.matches("(?s).*\\(and (one more problem|\\d+ more problems)\\)"), error);
    }

    @Test
    void aSaveNeverOverwritesSomeoneElsesChangeWithoutAsking() throws Exception {
        Path file = dir.resolve("shared.kickoff");
        document.newProject();
        answerSomething();
        prompts.filesToSave.add(file);
        document.save();
        Project theirs = document.project().withAnswer("second.story", Answer.answered(new Value.Text("theirs")));
        new ProjectFiles().save(file, theirs, Fixtures.mini());

        document.setAnswer("second.story", Answer.answered(new Value.Text("mine")));
        prompts.changedAnswers.add(org.kickoff.ui.common.Prompts.ChangedChoice.CANCEL);
        document.save();
        assertEquals(new Value.Text("theirs"), new ProjectFiles().open(file).answerOrEmpty("second.story").value(),
                "cancel leaves their file alone");
        assertTrue(document.isDirty(), "and keeps mine unsaved");

        prompts.changedAnswers.add(org.kickoff.ui.common.Prompts.ChangedChoice.OVERWRITE);
        document.save();
        assertEquals(new Value.Text("mine"), new ProjectFiles().open(file).answerOrEmpty("second.story").value());
        assertFalse(document.isDirty());

        // touching the file without changing it is not a change: no question asked
        java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
        document.setAnswer("second.story", Answer.answered(new Value.Text("mine, again")));
        document.save();
        assertTrue(prompts.changedAnswers.isEmpty());
        assertFalse(document.isDirty());
    }
}
