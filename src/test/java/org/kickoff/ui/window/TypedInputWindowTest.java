package org.kickoff.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Project;
import org.kickoff.domain.Value;
import org.kickoff.storage.ProjectFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Types numbers and dates the way people do, one key at a time through texts that are no value yet, in
 * both languages; saves, reopens, and compares the file with what was typed: nothing that was not typed is
 * stored, nothing typed is lost.
 */
class TypedInputWindowTest extends WindowTestBase {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    @Start
    void start(Stage stage) {
        startKickoff(stage);
    }

    @Test
    void invalidTextIsKeptAsTypedAndNeverStoredAsANumberOrDate(FxRobot robot) throws Exception {
        newProject(robot);

        // a due date that is no date yet, then one of month 13
        click(robot, "sidebar-business");
        click(robot, "business_value-state-open");
        type(robot, "business_value-due", "31.12.");
        click(robot, "business_use-cases-state-open");
        type(robot, "business_use-cases-due", "2026-13-01");
        assertTrue(WindowTestBase.<Node>node(robot, "business_use-cases").getPseudoClassStates().contains(INVALID));

        // "2,5" weeks in English: the prefix 2 parses, the whole text does not
        click(robot, "sidebar-team");
        click(robot, "team_iterations-yes");
        type(robot, "team_iteration-length-number", "2,5");
        Label error = node(robot, "team_iteration-length-error");
        assertEquals("Not a number; enter it like 2.5.", error.getText());
        Node card = node(robot, "team_iteration-length");
        assertTrue(card.getPseudoClassStates().contains(INVALID), "the card says so");
        assertFalse(card.getPseudoClassStates().contains(PseudoClass.getPseudoClass("answered")), "and is not green");
        Node sidebarTeam = node(robot, "sidebar-team");
        Label counts = robot.from(sidebarTeam).lookup(".sidebar-counts").query();
        assertTrue(counts.getText().contains("1 to correct"), counts.getText());

        // "1e3" machines: not 1
        click(robot, "sidebar-architecture");
        type(robot, "architecture_machines-number", "1e3");

        Path file = home.resolve("typed.kickoff");
        filesToSave.add(file);
        shortcut(robot, KeyCode.S);
        waitFor(() -> Files.exists(file) && !stage.getTitle().startsWith("*"));
        Label notice = node(robot, "notice");
        assertTrue(notice.getText().startsWith("Saved, with 4 answers holding input to correct"), notice.getText());

        // German: "2.5" is no number there (the decimal separator is a comma)
        menu(robot, "menu-view", "menu-language", "menu-lang-de");
        waitFor(() -> "Weiter".equals(((javafx.scene.control.Button) node(robot, "nav-next")).getText()));
        assertEquals("1e3", WindowTestBase.<TextField>node(robot, "architecture_machines-number").getText(),
                "the typed text survives the language switch");
        click(robot, "sidebar-data");
        type(robot, "data_volume-now-number", "2.5");
        shortcut(robot, KeyCode.S);
        waitFor(() -> !stage.getTitle().startsWith("*"));

        JsonNode answers = new ObjectMapper().readTree(Files.readString(file)).get("answers");
        assertDraft(answers, "team.iteration-length", "number", "2,5");
        assertDraft(answers, "architecture.machines", "number", "1e3");
        assertDraft(answers, "data.volume-now", "number", "2.5");
        assertDraft(answers, "business.value", "due", "31.12.");
        assertDraft(answers, "business.use-cases", "due", "2026-13-01");
        for (String id : new String[] {"team.iteration-length", "architecture.machines", "data.volume-now"}) {
            assertFalse(answers.get(id).has("number"), id + ": no number that was not typed");
        }
        assertFalse(answers.get("business.value").has("due"));
        assertFalse(answers.get("business.use-cases").has("due"));

        // reopen: every text is back in its field, marked; correcting one stores exactly what is typed
        robot.interact(() -> kickoff.shell().document().open(file));
        waitFor(() -> kickoff.shell().document().file().filter(file::equals).isPresent());
        click(robot, "sidebar-team");
        TextField length = node(robot, "team_iteration-length-number");
        assertEquals("2,5", length.getText(), "2,5 is a number in German, but it was typed in English");
        assertTrue(WindowTestBase.<Node>node(robot, "team_iteration-length").getPseudoClassStates().contains(INVALID));
        robot.interact(length::clear);
        type(robot, "team_iteration-length-number", "3");
        click(robot, "sidebar-business");
        assertEquals("31.12.", WindowTestBase.<TextField>node(robot, "business_value-due").getText());
        shortcut(robot, KeyCode.S);
        waitFor(() -> !stage.getTitle().startsWith("*"));

        Project saved = new ProjectFiles().open(file);
        Answer length3 = saved.answerOrEmpty("team.iteration-length");
        assertEquals(new Value.Amount(new BigDecimal("3"), "weeks"), length3.value());
        assertFalse(length3.hasDrafts());
        assertTrue(length3.isAnswered());
        assertNull(saved.answerOrEmpty("architecture.machines").value());
    }

    private static void assertDraft(JsonNode answers, String id, String field, String typed) {
        JsonNode answer = answers.get(id);
        assertTrue(answer != null && answer.has("drafts"), id + " keeps its draft: " + answer);
        assertEquals(typed, answer.get("drafts").get(field).asText(), id);
    }
}
