package org.kickoff.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.Project;
import org.kickoff.domain.Value;
import org.kickoff.storage.ProjectFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Through the real main window: answer, see follow-ups, save, close, reopen, find everything again. */
class MainWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        startKickoff(stage);
    }

    @Test
    void answerEveryTypeSaveCloseAndReopen(FxRobot robot) throws Exception {
        newProject(robot);

        // project details
        click(robot, "sidebar-details");
        type(robot, "project-name", "Parcel tracking");
        assertTrue(stage.getTitle().startsWith("*Parcel tracking"), stage.getTitle());

        // business: long text, list
        click(robot, "sidebar-business");
        type(robot, "business_value-text", "Fewer calls to customer service.");
        click(robot, "business_use-cases-add");
        type(robot, "business_use-cases-0-name", "Track a parcel");
        type(robot, "business_use-cases-0-description", "Recipient sees the status");

        // team: multiple choice, yes/no with a numeric follow-up and a wrong number
        click(robot, "nav-next");
        click(robot, "team_communication-chat");
        click(robot, "team_communication-email");
        assertFalse(node(robot, "team_iteration-length").isVisible());
        click(robot, "team_iterations-yes");
        assertTrue(node(robot, "team_iteration-length").isVisible(), "the follow-up appears");
        type(robot, "team_iteration-length-number", "two");
        Label error = node(robot, "team_iteration-length-error");
        assertTrue(error.isVisible());
        assertEquals("Not a number; enter it like 2.5.", error.getText());
        TextField number = node(robot, "team_iteration-length-number");
        robot.interact(number::clear);
        type(robot, "team_iteration-length-number", "2");
        assertFalse(error.isVisible());

        // architecture: single choice, follow-up appears, disappears with its answer kept, comes back
        robot.clickOn("#sidebar-architecture");
        click(robot, "architecture_pattern-hexagonal");
        click(robot, "architecture_containers-yes");
        click(robot, "architecture_kubernetes-yes");
        click(robot, "architecture_containers-no");
        assertFalse(node(robot, "architecture_kubernetes").isVisible());
        assertTrue(node(robot, "architecture_kubernetes-hidden").isVisible(), "the kept answer is mentioned");
        click(robot, "architecture_containers-yes");
        assertTrue(node(robot, "architecture_kubernetes").isVisible());
        assertTrue(((ToggleButton) node(robot, "architecture_kubernetes-yes")).isSelected(), "and it came back");

        // security: mark one question open with an owner
        robot.clickOn("#sidebar-security");
        click(robot, "security_risks-state-open");
        type(robot, "security_risks-owner", "Dana");

        // api: mark one not applicable with a reason
        robot.clickOn("#sidebar-api");
        click(robot, "api_mobile-app-state-na");
        type(robot, "api_mobile-app-reason", "Web only");

        // operations: short text
        robot.clickOn("#sidebar-operations");
        type(robot, "operations_log-access-text", "Grafana");

        Path file = home.resolve("parcel.kickoff");
        filesToSave.add(file);
        shortcut(robot, KeyCode.S);
        waitFor(() -> Files.exists(file) && !stage.getTitle().startsWith("*"));
        assertEquals("Parcel tracking \u2014 parcel.kickoff \u2014 Kickoff", stage.getTitle());

        shortcut(robot, KeyCode.W);
        waitFor(() -> robot.lookup("#welcome").tryQuery().map(Node::isVisible).orElse(false));

        Project saved = new ProjectFiles().open(file);
        assertEquals("Parcel tracking", saved.info().name());
        assertEquals(new Value.Text("Fewer calls to customer service."), value(saved, "business.value"));
        assertEquals(new Value.Entries(List.of(Map.of("name", "Track a parcel",
                "description", "Recipient sees the status"))), value(saved, "business.use-cases"));
        assertEquals(new Value.Multi(List.of("chat", "email"), ""), value(saved, "team.communication"));
        assertEquals(new Value.Amount(new BigDecimal("2"), "weeks"), value(saved, "team.iteration-length"));
        assertEquals(new Value.Single("hexagonal", ""), value(saved, "architecture.pattern"));
        assertEquals(new Value.YesNo(true), value(saved, "architecture.kubernetes"));
        Answer risks = saved.answerOrEmpty("security.risks");
        assertEquals(AnswerStatus.OPEN, risks.status());
        assertEquals("Dana", risks.owner());
        Answer mobile = saved.answerOrEmpty("api.mobile-app");
        assertEquals(AnswerStatus.NOT_APPLICABLE, mobile.status());
        assertEquals("Web only", mobile.reason());
        assertEquals(new Value.Text("Grafana"), value(saved, "operations.log-access"));

        // reopen from the recent files on the welcome page (by the project's name, with how far it is),
        // back on the page last viewed, and find every answer in the window
        Label state = robot.lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().endsWith("parcel.kickoff")).query();
        assertTrue(state.getText().matches("\\d+ % done \u00b7 saved .*"), state.getText());
        robot.clickOn("Parcel tracking");
        waitFor(() -> robot.lookup("#page-operations").tryQuery().map(Node::isVisible).orElse(false));
        click(robot, "sidebar-business");
        waitFor(() -> robot.lookup("#page-business").tryQuery().isPresent());
        assertEquals("Fewer calls to customer service.", ((TextArea) node(robot, "business_value-text")).getText());
        click(robot, "nav-next");
        assertTrue(((CheckBox) node(robot, "team_communication-chat")).isSelected());
        assertEquals("2", ((TextField) node(robot, "team_iteration-length-number")).getText());
        robot.clickOn("#sidebar-security");
        assertEquals("Dana", ((TextField) node(robot, "security_risks-owner")).getText());
        assertFalse(stage.getTitle().startsWith("*"));
    }

    private Path settingsFile() {
        return kickoff.settingsFile();
    }

    private static Value value(Project project, String id) {
        return project.answerOrEmpty(id).value();
    }

    @Test
    void unsavedChangesAreNeverLostSilently(FxRobot robot) throws Exception {
        newProject(robot);
        type(robot, "business_value-text", "Precious");

        shortcut(robot, KeyCode.N);
        waitFor(() -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        robot.clickOn("#unsaved-dialog-2");
        assertEquals("Precious", ((TextArea) node(robot, "business_value-text")).getText(), "cancel really cancels");

        shortcut(robot, KeyCode.W);
        waitFor(() -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        Path file = home.resolve("precious.kickoff");
        filesToSave.add(file);
        robot.clickOn("#unsaved-dialog-0");
        waitFor(() -> robot.lookup("#welcome").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals(new Value.Text("Precious"), new ProjectFiles().open(file).answerOrEmpty("business.value").value());

        newProject(robot);
        type(robot, "business_value-text", "Throwaway");
        shortcut(robot, KeyCode.N);
        waitFor(() -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        robot.clickOn("#unsaved-dialog-1");
        waitFor(() -> robot.lookup("#page-details").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(kickoff.shell().document().project().answers().isEmpty(), "a fresh project");
        waitFor(() -> stage.getScene().getFocusOwner() != null
                && "project-name".equals(stage.getScene().getFocusOwner().getId()));
    }

    @Test
    void theKeyboardReachesEverything(FxRobot robot) {
        click(robot, "welcome-example");
        waitFor(() -> robot.lookup("#page-business").tryQuery().isPresent());
        assertEquals("Page 2 of 12", ((Label) node(robot, "nav-position")).getText());
        robot.clickOn("#nav-position");
        shortcut(robot, KeyCode.PAGE_DOWN);
        assertEquals("Page 3 of 12", ((Label) node(robot, "nav-position")).getText());
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        assertEquals("Page 4 of 12", ((Label) node(robot, "nav-position")).getText());
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        shortcut(robot, KeyCode.PAGE_UP);
        assertEquals("Page 2 of 12", ((Label) node(robot, "nav-position")).getText());

        // tab goes from the question's state to its guidance link, the tags of its references and on into the answer
        click(robot, "business_value-state-answer");
        List<String> visited = new java.util.ArrayList<>();
        for (int i = 0; i < 6 && !"business_value-text".equals(visited.isEmpty() ? null : visited.get(visited.size() - 1)); i++) {
            robot.push(KeyCode.TAB);
            visited.add(stage.getScene().getFocusOwner().getId());
        }
        assertEquals(List.of("business_value-guidance-toggle", "business_value-reference-0", "business_value-text"),
                visited.subList(visited.size() - 3, visited.size()), visited.toString());
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        javafx.scene.control.Hyperlink tag = node(robot, "business_value-reference-0");
        assertEquals(tag, stage.getScene().getFocusOwner());
        assertEquals("arc42 §1", tag.getText());
        assertEquals("arc42, the template for architecture documentation: section 1, Introduction and Goals. Click to read the guidance.",
                tag.getAccessibleHelp(), "the tooltip names the source");
        robot.push(KeyCode.SPACE);
        assertTrue(node(robot, "business_value-guidance").isVisible(), "a reference tag opens the guidance");
        robot.push(KeyCode.SPACE);
        assertTrue(node(robot, "business_value-guidance").isVisible(), "and leaves it open");
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        assertEquals("business_value-guidance-toggle", stage.getScene().getFocusOwner().getId());
        robot.push(KeyCode.SPACE);
        assertFalse(node(robot, "business_value-guidance").getParent().isVisible(), "the guidance link closes it");
        robot.push(KeyCode.SPACE);
        assertTrue(node(robot, "business_value-guidance").isVisible(), "guidance opens from the keyboard");
    }

    @Test
    void theOtherExamplesOpenFromTheWelcomePageAndTheFileMenu(FxRobot robot) {
        robot.clickOn("#welcome-more-examples").clickOn("Shift planner MVP (three people, PaaS, English)");
        waitFor(() -> robot.lookup("#page-business").tryQuery().isPresent());
        assertEquals("Shift planner MVP (copy)", kickoff.shell().document().project().info().name());
        // an example opens as an untitled copy, unchanged until edited: replacing it asks nothing
        menu(robot, "menu-file", "menu-example", "menu-example-utility-portal");
        waitFor(() -> "Kundenportal Zählerstand und Abschlag (copy)".equals(
                kickoff.shell().document().project().info().name()));
        assertTrue(((TextArea) node(robot, "business_value-text")).getText().startsWith("Kundinnen und Kunden der Stadtwerke Elbtal"));
    }

    @Test
    void wrongOrPastDueDatesAreMarkedWhereTheyAre(FxRobot robot) {
        newProject(robot);
        click(robot, "business_value-state-open");
        Label message = node(robot, "business_value-due-message");
        type(robot, "business_value-due", "someday");
        robot.push(KeyCode.ENTER);
        assertTrue(message.isVisible());
        assertEquals("Not a date; enter it like Dec 20, 2026 or 2026-12-20.", message.getText());
        TextField due = node(robot, "business_value-due");
        click(robot, "nav-back");
        click(robot, "nav-next");
        assertEquals("someday", due.getText(), "leaving the field keeps what was typed");

        robot.interact(due::clear);
        type(robot, "business_value-due", "Nov 1, 2026");
        robot.push(KeyCode.ENTER);
        assertEquals("The due date is in the past.", message.getText());
        assertEquals(LocalDate.of(2026, 11, 1),
                kickoff.shell().document().project().answerOrEmpty("business.value").due(), "accepted all the same");
        click(robot, "nav-next");
        assertEquals("Page 3 of 12", ((Label) node(robot, "nav-position")).getText(), "and never blocks navigation");
    }

    @Test
    void languageAndThemeSwitchLiveAndAreRemembered(FxRobot robot) throws Exception {
        click(robot, "welcome-example");
        waitFor(() -> robot.lookup("#page-business").tryQuery().isPresent());
        type(robot, "business_value-text", " More.");
        menu(robot, "menu-view", "menu-language", "menu-lang-de");
        waitFor(() -> "Weiter".equals(((javafx.scene.control.Button) node(robot, "nav-next")).getText()));
        assertTrue(((TextArea) node(robot, "business_value-text")).getText().contains(" More."), "the edit survives");
        assertTrue(stage.getTitle().startsWith("*"), "and is still unsaved");
        menu(robot, "menu-view", "menu-theme", "menu-theme-dark");
        waitFor(() -> javafx.application.Application.getUserAgentStylesheet().contains("dark"));
        assertEquals("de", kickoff.shell().settingsProperty().get().language());
        assertEquals("dark", kickoff.shell().settingsProperty().get().theme());
        waitFor(() -> {
            try {
                String text = Files.readString(settingsFile());
                return text.contains("\"language\": \"de\"") && text.contains("\"theme\": \"dark\"");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        menu(robot, "menu-view", "menu-theme", "menu-theme-light");
        menu(robot, "menu-view", "menu-language", "menu-lang-en");
        waitFor(() -> "Next".equals(((javafx.scene.control.Button) node(robot, "nav-next")).getText()));
    }
}
