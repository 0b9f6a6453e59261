package org.kickoff.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long PDF export shows its progress with Cancel beside the busy indicator; Cancel stops it, writes
 * nothing and frees the window at once.
 */
class ExportCancelWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        startKickoff(stage);
    }

    /** The example with a note of 9,000 characters on every answer: its full record takes seconds as PDF. */
    @Override
    List<String> args() {
        try {
            ObjectMapper json = new ObjectMapper();
            ObjectNode project = (ObjectNode) json.readTree(Fixtures.resource("/examples/example.kickoff"));
            String note = "A long rationale, as some teams write them. ".repeat(220).substring(0, 9_000);
            project.get("answers").forEach(answer -> ((ObjectNode) answer).put("note", note));
            Path file = Files.createTempDirectory(home, "long").resolve("long.kickoff");
            Files.write(file, json.writeValueAsBytes(project));
            return List.of(file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void cancelStopsALongExportAndWritesNothing(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#page-business").tryQuery().isPresent());
        robot.clickOn("#sidebar-summary");
        click(robot, "summary-full");
        Path pdf = home.resolve("long-" + System.nanoTime() + ".pdf");
        exportTargets.add(pdf);
        menu(robot, "menu-file", "menu-export", "menu-export-pdf-a4");

        // shown once the export has run for a moment
        waitFor(() -> robot.lookup("#export-progress").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertEquals("Exporting to " + pdf.getFileName() + "…",
                robot.lookup("#export-progress-text").queryAs(Label.class).getText());
        robot.clickOn("#export-cancel");

        assertFalse(robot.lookup("#export-progress").query().isVisible(), "the window is free at once");
        assertEquals("Export cancelled; nothing was written.", ((Label) node(robot, "notice")).getText());
        // the export stops at its next line of text; give a run to the end the time it would need
        Thread.sleep(3_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(pdf), "nothing written");
        try (var left = Files.list(home)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
        assertEquals("Export cancelled; nothing was written.", ((Label) node(robot, "notice")).getText(),
                "no \"Exported to\" afterwards");
    }
}
