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

    /** Presses a dialog's OK (in the window's language, so found by its id, not by JavaFX's ButtonType.OK). */
    private static void ok(FxRobot robot, String dialog) {
        javafx.scene.control.Button ok = robot.lookup("#" + dialog + "-ok").query();
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

        // deleted at once, and the window's notice offers Undo, as for a list entry
        String added = project().actions().values().stream().filter(a -> a.title().equals("Book the penetration test"))
                .findFirst().orElseThrow().id();
        click(robot, "action-delete-" + org.kickoff.ui.common.Css.nodeId(added));
        waitFor(() -> !project().actions().containsKey(added));
        java.util.function.Predicate<javafx.scene.Node> undo = n -> n instanceof javafx.scene.control.Button b
                && "Undo".equals(b.getText()) && b.isVisible();
        waitFor(() -> robot.lookup(undo::test).tryQuery().isPresent());
        assertTrue(robot.lookup(n -> n instanceof Labeled l && "Action \"Book the penetration test\" deleted."
                .equals(l.getText())).tryQuery().isPresent(), "the notice says what was deleted");
        robot.clickOn(robot.lookup(undo::test).<javafx.scene.Node>query());
        waitFor(() -> project().actions().containsKey(added));

        menu(robot, "menu-file", "menu-record-milestone");
        waitFor(() -> robot.lookup("#milestone-dialog").tryQuery().isPresent());
        TextField name = robot.lookup("#milestone-name").query();
        robot.interact(() -> name.setText("After the workshop"));
        ok(robot, "milestone-dialog");
        waitFor(() -> project().milestone("After the workshop").isPresent());

        click(robot, "resolve-no-smoke-tests");
        waitFor(() -> project().riskEntry("no-smoke-tests").state() == RiskState.RESOLVED);

        menu(robot, "menu-file", "menu-compare-milestone");
        waitFor(() -> robot.lookup("#milestone-choice").tryQuery().isPresent());
        ok(robot, "milestone-choice");
        waitFor(() -> robot.lookup("#compare-dialog").tryQuery().isPresent());
        DialogPane compare = robot.lookup("#compare-dialog").query();
        assertTrue(robot.lookup(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().contains("resolved")).tryQuery().isPresent(), "the register's change is shown");
        robot.clickOn((Labeled) compare.lookupButton(compare.getButtonTypes().get(0)));
        waitFor(() -> robot.lookup("#compare-dialog").tryQuery().isEmpty());

        // Edit > Undo takes back one change at a time, the register's as the answers', and shows where it was
        menu(robot, "menu-edit", "menu-undo");
        waitFor(() -> project().riskEntry("no-smoke-tests").state() != RiskState.RESOLVED);
        assertEquals(RiskState.ACCEPTED, project().riskEntry("no-smoke-tests").state(), "resolving is taken back");
        assertTrue(project().milestone("After the workshop").isPresent(), "one step only");
        robot.interact(() -> kickoff.shell().wizard().jumpToTopic("business"));
        menu(robot, "menu-edit", "menu-undo");
        assertTrue(project().milestone("After the workshop").isEmpty(), "then the milestone");
        assertEquals("business", ((org.kickoff.ui.wizard.Page.TopicPage) kickoff.shell().wizard().current()).topic()
                .id(), "a milestone is on no page: undoing it stays where the user is");
        menu(robot, "menu-edit", "menu-undo");
        assertTrue(project().actions().values().stream().noneMatch(a -> a.title().equals("Book the penetration test")),
                "then the new action");
        assertTrue(kickoff.shell().wizard().current() instanceof org.kickoff.ui.wizard.Page.Actions,
                "shown on the Actions page");
        menu(robot, "menu-edit", "menu-redo");
        assertTrue(project().actions().values().stream().anyMatch(a -> a.title().equals("Book the penetration test")),
                "and redo brings it back");
        waitFor(() -> robot.lookup(n -> n instanceof Labeled l && "Book the penetration test".equals(l.getText()))
                .tryQuery().isPresent());
    }

    @Test
    void theActionsPageLeftIsBuiltAnewOnlyWhenShownAgain(FxRobot robot) {
        click(robot, "welcome-example");
        waitFor(() -> robot.lookup("#page-business").tryQuery().isPresent());
        menu(robot, "menu-go", "menu-actions");
        waitFor(() -> robot.lookup("#risk-register").tryQuery().isPresent());
        javafx.scene.Node register = robot.lookup("#risk-register").query();
        assertTrue(robot.lookup("#accept-no-leaving-member-procedure").tryQuery().isPresent(), "listed at first");
        robot.interact(() -> kickoff.shell().wizard().jumpToTopic("security"));
        waitFor(() -> robot.lookup("#security_leaving-member-risk").tryQuery().isPresent());
        assertTrue(robot.lookup("#security_leaving-member-risk").queryAs(MenuButton.class).isVisible());

        // answers change while the Actions page waits hidden: it is not rebuilt for each of them
        click(robot, "security_leaving-member-yes");
        click(robot, "security_leaving-member-no");
        click(robot, "security_leaving-member-yes");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#risk-register").queryAll().contains(register), "the hidden page kept its nodes");

        // shown again: built from the answers as they are now, the leaving-member risk gone
        menu(robot, "menu-go", "menu-actions");
        waitFor(() -> !robot.lookup("#risk-register").queryAll().contains(register));
        javafx.scene.Node now = robot.lookup("#risk-register").query();
        assertTrue(now.isVisible());
        assertTrue(robot.lookup("#accept-restore-not-tested").tryQuery().isPresent(), "the other risks listed");
        assertTrue(robot.lookup("#accept-no-leaving-member-procedure").tryQuery().isEmpty(),
                "the risk the answer took away is not listed");
    }
}
