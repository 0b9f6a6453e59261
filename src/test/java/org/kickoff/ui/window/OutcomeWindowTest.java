package org.kickoff.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kickoff.domain.Project;
import org.kickoff.domain.RiskState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The outcome in the window: the live risk badge, accepting a risk, adding an action, a milestone compared. */
class OutcomeWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        startKickoff(stage);
    }

    /**
     * Fires a menu item after the test's call returns: its dialog waits for the user (showAndWait), which
     * inside {@code interact} would wait for the test, and the test for it.
     */
    private static void later(FxRobot robot, String menu, String id) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").query();
        javafx.scene.control.MenuItem item = bar.getMenus().stream().filter(m -> menu.equals(m.getId())).findFirst()
                .orElseThrow().getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        assertTrue(!item.isDisable(), id + " is enabled");
        javafx.application.Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void ok(FxRobot robot, String dialog) {
        javafx.scene.control.Button ok = (javafx.scene.control.Button) ((DialogPane) robot.lookup("#" + dialog).query())
                .lookupButton(javafx.scene.control.ButtonType.OK);
        assertTrue(!ok.isDisabled(), dialog + ": OK is enabled");
        // later, not inside interact: a dialog that the button opens would wait for the test, and the test for it
        javafx.application.Platform.runLater(ok::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Project project() {
        return kickoff.shell().document().project();
    }

    @Test
    void acceptARiskAddAnActionRecordAMilestoneAndCompare(FxRobot robot) {
        click(robot, "welcome-example");
        waitFor(() -> robot.lookup("#page-business").tryQuery().isPresent());

        // the badge is live: answering the leaving-member question "yes" takes its risk away
        robot.interact(() -> kickoff.shell().wizard().jumpToTopic("security"));
        MenuButton badge = node(robot, "security_leaving-member-risk");
        assertTrue(badge.isVisible(), "the example has no leaving-member procedure: a medium risk");
        assertTrue(badge.getText().startsWith("Medium risk"), badge.getText());
        click(robot, "security_leaving-member-yes");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!badge.isVisible(), "gone as soon as the answer says there is a procedure");
        click(robot, "security_leaving-member-no");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(badge.isVisible());

        menu(robot, "menu-go", "menu-actions");
        waitFor(() -> robot.lookup("#page-actions").tryQuery().isPresent());
        click(robot, "accept-restore-not-tested");
        waitFor(() -> robot.lookup("#accept-dialog").tryQuery().isPresent());
        type(robot, "accept-reason", "The restore is timed in the first sprint");
        // the owner is picked from the project's people; the suggestion popup would cover the buttons
        TextField by = robot.lookup("#accept-by").query();
        robot.interact(() -> by.setText("Dana Fischer"));
        ok(robot, "accept-dialog");
        waitFor(() -> project().riskEntry("restore-not-tested").state() == RiskState.ACCEPTED);
        assertEquals("Dana Fischer", project().riskEntry("restore-not-tested").acceptedBy());
        assertEquals("The restore is timed in the first sprint", project().riskEntry("restore-not-tested").reason());

        int before = project().actions().size();
        click(robot, "action-add");
        waitFor(() -> robot.lookup("#action-dialog").tryQuery().isPresent());
        type(robot, "action-title", "Book the penetration test");
        TextField owner = robot.lookup("#action-owner").query();
        robot.interact(() -> owner.setText("Mira Yilmaz"));
        ok(robot, "action-dialog");
        waitFor(() -> project().actions().size() == before + 1);
        assertTrue(project().actions().values().stream().anyMatch(a -> a.title().equals("Book the penetration test")
                && a.owner().equals("Mira Yilmaz")));
        assertTrue(robot.lookup(n -> n instanceof Labeled l && "Book the penetration test".equals(l.getText()))
                .tryQuery().isPresent(), "the new action is listed");

        later(robot, "menu-file", "menu-record-milestone");
        waitFor(() -> robot.lookup("#milestone-dialog").tryQuery().isPresent());
        TextField name = robot.lookup("#milestone-name").query();
        robot.interact(() -> name.setText("After the workshop"));
        ok(robot, "milestone-dialog");
        waitFor(() -> project().milestone("After the workshop").isPresent());

        click(robot, "resolve-no-smoke-tests");
        waitFor(() -> project().riskEntry("no-smoke-tests").state() == RiskState.RESOLVED);

        later(robot, "menu-file", "menu-compare-milestone");
        waitFor(() -> robot.lookup("#milestone-choice").tryQuery().isPresent());
        ok(robot, "milestone-choice");
        waitFor(() -> robot.lookup("#compare-dialog").tryQuery().isPresent());
        DialogPane compare = robot.lookup("#compare-dialog").query();
        assertTrue(robot.lookup(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().contains("resolved")).tryQuery().isPresent(), "the register's change is shown");
        robot.clickOn((Labeled) compare.lookupButton(javafx.scene.control.ButtonType.CLOSE));

        robot.interact(() -> kickoff.shell().wizard().undo());
        assertEquals(RiskState.ACCEPTED, project().riskEntry("no-smoke-tests").state(), "undo takes the change back");
    }
}
