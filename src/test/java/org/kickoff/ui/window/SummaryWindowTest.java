package org.kickoff.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The summary page through the real window: risks, links back to questions, export, print without a printer. */
class SummaryWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        startKickoff(stage);
    }

    private void openSummary(FxRobot robot) {
        click(robot, "welcome-example");
        waitFor(() -> robot.lookup("#page-business").tryQuery().isPresent());
        robot.clickOn("#sidebar-summary");
        waitFor(() -> robot.lookup(".summary-project-name").tryQuery().isPresent());
    }

    @Test
    void theSummaryShowsRisksAndLeadsBackToTheQuestion(FxRobot robot) {
        openSummary(robot);
        assertTrue(robot.lookup("#summary-brief").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "the meeting brief first");
        assertTrue(robot.lookup("#summary-actions").tryQuery().isPresent(), "the brief has the actions");
        click(robot, "summary-full");
        waitFor(() -> robot.lookup("#summary-link-data_backups").tryQuery().isPresent());
        assertEquals("Parcel tracking platform (copy)", ((Label) robot.lookup(".summary-project-name").query()).getText());
        assertTrue(robot.lookup(".risk-badge").queryAll().size() > 3, "level counts and one badge per risk");
        Hyperlink backups = robot.lookup("#summary-link-data_backups").query();
        robot.interact(backups::fire);
        waitFor(() -> robot.lookup("#page-data").tryQuery().map(Node::isVisible).orElse(false));
        try {
            waitFor(() -> {
                Node focus = stage.getScene().getFocusOwner();
                return focus != null && focus.getId() != null && focus.getId().startsWith("data_backups");
            });
        } catch (AssertionError e) {
            throw new AssertionError("focus is on " + stage.getScene().getFocusOwner(), e);
        }
        assertEquals("Page 7 of 12", ((Label) node(robot, "nav-position")).getText());
    }

    @Test
    void exportWritesTheChosenFormatAndSaysSo(FxRobot robot) throws Exception {
        openSummary(robot);
        Path markdown = home.resolve("summary-" + System.nanoTime() + ".md");
        exportTargets.add(markdown);
        exportItem(robot, "export-md");
        waitFor(() -> Files.exists(markdown));
        String text = Files.readString(markdown, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# "), text.substring(0, 40));
        assertTrue(text.contains("Parcel tracking platform"));
        waitFor(() -> ((Label) node(robot, "notice")).getText().startsWith("Exported to " + markdown.getFileName()));

        Path pdf = home.resolve("summary-" + System.nanoTime() + ".pdf");
        exportTargets.add(pdf);
        exportItem(robot, "export-pdf-a4");
        waitFor(() -> Files.exists(pdf));
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
    }

    /** Chooses an item of the page's Export button (its popup is not a node the robot can reach reliably). */
    private static void exportItem(FxRobot robot, String id) {
        javafx.scene.control.MenuButton export = robot.lookup("#summary-export").query();
        robot.interact(() -> export.getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow().fire());
    }

    @Test
    void withoutAPrinterPrintingSaysSoAndOffersThePdf(FxRobot robot) {
        openSummary(robot);
        shortcut(robot, KeyCode.P);
        waitFor(() -> robot.lookup("#no-printer-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().contains("export the summary as a PDF")).tryQuery().isPresent());
        robot.clickOn("#no-printer-dialog-cancel");
        waitFor(() -> robot.lookup("#no-printer-dialog").tryQuery().isEmpty());
    }
}
