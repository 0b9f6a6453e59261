package org.kickoff.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Project;
import org.kickoff.domain.Value;
import org.kickoff.storage.AppFolders;
import org.kickoff.storage.AppInstance;
import org.kickoff.storage.FailingDisk;
import org.kickoff.storage.FileWriting;
import org.kickoff.storage.ProjectFiles;
import org.kickoff.storage.ProjectLocks;
import org.kickoff.storage.RecoveryStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Never lose work, through the real window: a full disk, a file changed by someone else, a file open
 * elsewhere, and unsaved work after a crash. The user sees each message, and nothing is lost.
 */
class SafetyWindowTest extends WindowTestBase {

    private static final String FULL = "full-disk";
    /** A Kickoff that "crashed": another session whose process is not running. */
    private static final AppInstance CRASHED = new AppInstance("dana", "localhost", 999_999_999L,
            Instant.parse("2026-11-28T08:00:00Z"), "crashed-session", "0.1.0");

    @Start
    void start(Stage stage) {
        startKickoff(stage);
    }

    @Override
    FileWriting disk() {
        return FailingDisk.fullAfter(100).onlyIn(home.resolve(FULL));
    }

    @Override
    void prepare(AppFolders appFolders) {
        try {
            Project example = new ProjectFiles().read(Fixtures.resource("/examples/example.kickoff"));
            Project edited = example.withAnswer("business.value", Answer.answered(new Value.Text("Unsaved before the crash")));
            Path original = home.resolve("crashed-" + System.nanoTime() + ".kickoff");
            new ProjectFiles().save(original, example, Fixtures.builtIn());
            new RecoveryStore(appFolders.recovery(), CRASHED).newDraft().write(edited, Fixtures.builtIn(), original);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void restoreLater(FxRobot robot) {
        waitFor(() -> robot.lookup("#restore-dialog").tryQuery().isPresent());
        robot.clickOn("#restore-dialog-2");
    }

    @Test
    void unsavedWorkFromACrashIsOfferedAndRestored(FxRobot robot) {
        waitFor(() -> robot.lookup("#restore-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#restore-dialog").query();
        assertTrue(dialog.getContentText().contains("Parcel tracking platform"), dialog.getContentText());
        robot.clickOn("#restore-dialog-0");
        waitFor(() -> robot.lookup("#business_value-text").tryQuery().isPresent());
        assertEquals("Unsaved before the crash", ((TextArea) node(robot, "business_value-text")).getText());
        assertTrue(stage.getTitle().startsWith("*Parcel tracking platform \u2014 crashed-"), stage.getTitle());
    }

    @Test
    void aFullDiskSaysSoAndKeepsTheWork(FxRobot robot) throws Exception {
        restoreLater(robot);
        newProject(robot);
        type(robot, "business_value-text", "An hour of typing");
        Files.createDirectories(home.resolve(FULL));
        Path target = home.resolve(FULL).resolve("p.kickoff");
        filesToSave.add(target);
        shortcut(robot, KeyCode.S);
        waitFor(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        Label details = robot.lookup("#error-dialog-details").query();
        assertTrue(details.getText().contains("The disk is full"), details.getText());
        robot.clickOn(((javafx.scene.control.DialogPane) robot.lookup("#error-dialog").query())
                .lookupButton(((javafx.scene.control.DialogPane) robot.lookup("#error-dialog").query())
                        .getButtonTypes().get(0)));
        assertTrue(Files.notExists(target), "nothing half-written");
        assertTrue(stage.getTitle().startsWith("*"), "still unsaved, still open");

        Path elsewhere = home.resolve("elsewhere-" + System.nanoTime() + ".kickoff");
        filesToSave.add(elsewhere);
        shortcut(robot, KeyCode.SHIFT, KeyCode.S);
        waitFor(() -> Files.exists(elsewhere) && !stage.getTitle().startsWith("*"));
        assertEquals(new Value.Text("An hour of typing"),
                new ProjectFiles().open(elsewhere).answerOrEmpty("business.value").value());
    }

    @Test
    void aFileChangedBySomeoneElseIsNeverOverwrittenSilently(FxRobot robot) throws Exception {
        restoreLater(robot);
        Path file = home.resolve("shared-" + System.nanoTime() + ".kickoff");
        Project example = new ProjectFiles().read(Fixtures.resource("/examples/example.kickoff"));
        new ProjectFiles().save(file, example, Fixtures.builtIn());
        filesToOpen.add(file);
        click(robot, "welcome-open");
        waitFor(() -> robot.lookup("#business_value-text").tryQuery().isPresent());
        type(robot, "business_value-text", "mine ");

        new ProjectFiles().save(file, example.withAnswer("business.value",
                Answer.answered(new Value.Text("Luis saved this"))), Fixtures.builtIn());
        shortcut(robot, KeyCode.S);
        waitFor(() -> robot.lookup("#changed-dialog").tryQuery().isPresent());
        robot.clickOn("#changed-dialog-2");
        waitFor(() -> "Luis saved this".equals(((TextArea) node(robot, "business_value-text")).getText()));
        assertEquals(new Value.Text("Luis saved this"),
                new ProjectFiles().open(file).answerOrEmpty("business.value").value(), "their file untouched");
    }

    @Test
    void aFileOpenElsewhereCanBeOpenedReadOnly(FxRobot robot) throws Exception {
        restoreLater(robot);
        Path file = home.resolve("locked-" + System.nanoTime() + ".kickoff");
        new ProjectFiles().save(file, new ProjectFiles().read(Fixtures.resource("/examples/example.kickoff")),
                Fixtures.builtIn());
        AppInstance colleague = new AppInstance("luis", "luis-laptop", 4242L, Instant.now(), "luis-session", "0.1.0");
        new ProjectLocks(colleague).acquire(file);
        filesToOpen.add(file);
        click(robot, "welcome-open");
        waitFor(() -> robot.lookup("#locked-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#locked-dialog").query();
        assertTrue(dialog.getContentText().startsWith("luis on luis-laptop has had it open since"),
                dialog.getContentText());
        robot.clickOn("#locked-dialog-0");
        waitFor(() -> stage.getTitle().contains("(read-only)"));
        assertTrue(Files.exists(ProjectLocks.lockFileOf(file)), "their lock stays");
    }
}
