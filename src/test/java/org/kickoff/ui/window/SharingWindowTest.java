package org.kickoff.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Project;
import org.kickoff.domain.Value;
import org.kickoff.storage.ProjectFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Compare with and merge from a colleague's file, and a project from a team's own questionnaire. */
class SharingWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        startKickoff(stage);
    }

    private Path colleaguesCopy() throws Exception {
        Project example = new ProjectFiles().read(Fixtures.resource("/examples/example.kickoff"));
        Project theirs = example.withAnswer("business.value", Answer.answered(new Value.Text("Their view of the value")));
        Path file = home.resolve("luis-" + System.nanoTime() + ".kickoff");
        new ProjectFiles().save(file, theirs, Fixtures.builtIn());
        return file;
    }

    @Test
    void compareAndMergeWithAColleaguesFile(FxRobot robot) throws Exception {
        click(robot, "welcome-example");
        waitFor(() -> robot.lookup("#page-business").tryQuery().isPresent());
        Path theirs = colleaguesCopy();

        filesToOpen.add(theirs);
        menu(robot, "menu-file", "menu-compare");
        waitFor(() -> robot.lookup("#compare-dialog").tryQuery().isPresent());
        DialogPane compare = robot.lookup("#compare-dialog").query();
        assertTrue(compare.getHeaderText().contains("one answer differs, 0 only here"), compare.getHeaderText());
        assertTrue(robot.lookup(n -> n instanceof Labeled l && "Their view of the value".equals(l.getText()))
                .tryQuery().isPresent(), "their answer is shown: " + robot.lookup(n -> n instanceof Labeled l
                && l.getText() != null && l.getText().contains("value")).queryAll().stream()
                .map(n -> ((Labeled) n).getText()).toList());
        assertTrue(compare.getHeaderText().contains("(example.kickoff)") || compare.getHeaderText().contains("(copy)"),
                "each side by its project's name and its file: " + compare.getHeaderText());
        // a line of the comparison leads to its question
        robot.clickOn("#compare-link-business_value");
        waitFor(() -> robot.lookup("#compare-dialog").tryQuery().isEmpty());
        waitFor(() -> robot.lookup("#business_value").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));

        filesToOpen.add(theirs);
        menu(robot, "menu-file", "menu-merge");
        waitFor(() -> robot.lookup("#merge-dialog").tryQuery().isPresent());
        robot.clickOn("#business_value-merge-theirs");
        robot.clickOn("#merge-apply");
        waitFor(() -> robot.lookup("#merge-dialog").tryQuery().isEmpty());
        // the merge says what it did, each question a link to it
        waitFor(() -> robot.lookup("#merge-report").tryQuery().isPresent());
        DialogPane report = robot.lookup("#merge-report").query();
        assertTrue(report.getHeaderText().contains("one answer taken from them"), report.getHeaderText());
        robot.clickOn("#merge-report-business_value");
        waitFor(() -> robot.lookup("#merge-report").tryQuery().isEmpty());
        assertEquals("Their view of the value", ((TextArea) node(robot, "business_value-text")).getText(),
                "the page shows the merged answer");
        assertTrue(stage.getTitle().startsWith("*"), "a merge is an unsaved change");
    }

    @Test
    void aProjectFromATeamsOwnQuestionnaire(FxRobot robot) throws Exception {
        Path questionnaire = home.resolve("team-" + System.nanoTime() + ".json");
        java.nio.file.Files.write(questionnaire, Fixtures.resource("/fixtures/mini-questionnaire.json"));
        questionnairesToOpen.add(questionnaire);
        menu(robot, "menu-file", "menu-new-from");
        waitFor(() -> robot.lookup("#page-details").tryQuery().isPresent());
        assertTrue(robot.lookup("#sidebar-second").tryQuery().isPresent(), "its topics are in the sidebar");
        assertEquals("Page 1 of 5", ((Labeled) node(robot, "nav-position")).getText(), "a new project starts on "
                + "its details");
    }
}
