package org.kickoff.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.Value;
import org.kickoff.storage.ProjectFiles;
import org.kickoff.storage.Settings;
import org.kickoff.storage.SettingsStore;
import org.kickoff.ui.FakePrompts;
import org.kickoff.ui.TestDocuments;
import org.kickoff.ui.common.Background;
import org.kickoff.ui.common.Prompts;
import org.kickoff.ui.session.ProjectDocument;

class ShellViewModelTest {

    @TempDir
    Path dir;

    private final FakePrompts prompts = new FakePrompts();
    private ProjectDocument document;
    private SettingsStore store;
    private ShellViewModel shell;
    private int exits;

    @BeforeEach
    void setUp() {
        document = TestDocuments.document(prompts);
        store = new SettingsStore(dir.resolve("config/settings.json"));
        shell = new ShellViewModel(document, store, Settings.defaults("en"),
                example -> Fixtures.resource("/fixtures/mini-example.kickoff"), () -> exits++,
                new ShellViewModel.Tools(Background.direct(), prompts, TestDocuments.CLOCK, new ProjectFiles()));
    }

    @Test
    void theLanguageAndThemeAreSwitchedAndRemembered() throws Exception {
        shell.setLanguage("de");
        assertEquals("de", document.messagesProperty().get().language());
        shell.themeProperty().set(Settings.DARK);
        Settings saved = store.load("en");
        assertEquals("de", saved.language());
        assertEquals(Settings.DARK, saved.theme());
    }

    @Test
    void aSavedFileBecomesRecentAndAMissingRecentFileIsDropped() throws Exception {
        shell.newProject();
        Path file = dir.resolve("p.kickoff");
        prompts.filesToSave.add(file);
        document.save();
        assertEquals(List.of(file), shell.recentFiles());
        assertEquals(file, store.load("en").lastProject());
        Files.delete(file);
        shell.openRecent(file);
        assertEquals(List.of(), shell.recentFiles(), "gone from the list");
        assertEquals(1, prompts.errors.size(), "and the user is told why it did not open");
    }

    @Test
    void aDroppedFileOpensButAFolderDoesNot() throws Exception {
        shell.newProject();
        Path file = dir.resolve("dropped.kickoff");
        prompts.filesToSave.add(file);
        document.save();
        shell.newProject();
        shell.openDropped(List.of(dir, file));
        assertEquals(file, document.file().orElseThrow());
    }

    @Test
    void quittingAsksAboutUnsavedWorkAndCancelKeepsTheWindow() {
        shell.newProject();
        document.setAnswer("second.story", Answer.answered(new Value.Text("unsaved")));
        prompts.unsavedAnswers.add(Prompts.UnsavedChoice.CANCEL);
        shell.quit();
        assertEquals(0, exits, "cancel keeps Kickoff open");
        prompts.unsavedAnswers.add(Prompts.UnsavedChoice.DONT_SAVE);
        shell.quit();
        assertEquals(1, exits);
    }

    @Test
    void aSaveWithInputToCorrectSaysWhere() {
        shell.newProject();
        document.setAnswer("second.volume", new Answer(AnswerStatus.UNANSWERED, null, "", null, "", "",
                Map.of(Answer.Draft.NUMBER, "2,5"), null));
        prompts.filesToSave.add(dir.resolve("typed.kickoff"));
        document.save();
        assertTrue(Files.exists(dir.resolve("typed.kickoff")), "it still saves");
        assertEquals("Saved, with one answer holding input to correct: Second: Volume?",
                shell.noticeProperty().get());
    }

    @Test
    void aCleanSaveSaysNothingExtra() {
        shell.newProject();
        document.setAnswer("second.story", Answer.answered(new Value.Text("fine")));
        prompts.filesToSave.add(dir.resolve("clean.kickoff"));
        document.save();
        assertEquals("", shell.noticeProperty().get());
        assertFalse(document.isDirty());
        assertNull(store.load("en").window().x(), "the window's place is unknown until the window says it");
    }
}
