package org.kickoff.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Project;
import org.kickoff.domain.Value;
import org.kickoff.storage.AppFolders;
import org.kickoff.storage.ProjectFiles;
import org.kickoff.storage.Settings;
import org.kickoff.storage.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window in German, dialog by dialog: no English text is left in any of them (JavaFX's own buttons and
 * titles speak the system's language, so each must come from Kickoff's bundles).
 */
class GermanWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        startKickoff(stage);
    }

    @Override
    void prepare(AppFolders appFolders) {
        try {
            new SettingsStore(appFolders.settingsFile()).save(Settings.defaults("de"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Texts that are English only: the English bundle's texts that German words differently, and JavaFX's. */
    private static Set<String> english() throws Exception {
        Properties en = new Properties();
        Properties de = new Properties();
        en.load(new InputStreamReader(GermanWindowTest.class.getResourceAsStream("/i18n/messages.properties"),
                StandardCharsets.UTF_8));
        de.load(new InputStreamReader(GermanWindowTest.class.getResourceAsStream("/i18n/messages_de.properties"),
                StandardCharsets.UTF_8));
        Set<String> english = new HashSet<>(Set.of("Close", "Cancel", "Apply", "Yes", "No", "Message", "Error",
                "Information", "Confirmation", "Warning", "Details"));
        for (String key : en.stringPropertyNames()) {
            String text = en.getProperty(key).replace("_", "");
            if (!text.equals(de.getProperty(key).replace("_", "")) && !text.contains("{")) {
                english.add(text);
            }
        }
        return english;
    }

    /** Every text a window shows, its title too. */
    private static List<String> texts(Window window) {
        List<String> texts = new ArrayList<>();
        if (window instanceof Stage stage && stage.getTitle() != null) {
            texts.add(stage.getTitle());
        }
        collect(window.getScene().getRoot(), texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            texts.add(labeled.getText());
        }
        if (node instanceof DialogPane pane && pane.getHeaderText() != null) {
            texts.add(pane.getHeaderText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    private void assertGerman(FxRobot robot, String dialogId, Set<String> english) {
        waitFor(() -> robot.lookup("#" + dialogId).tryQuery().isPresent());
        DialogPane pane = robot.lookup("#" + dialogId).query();
        List<String> texts = texts(pane.getScene().getWindow());
        List<String> left = texts.stream().filter(english::contains).toList();
        assertEquals(List.of(), left, dialogId + " shows English: " + texts);
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        waitFor(() -> robot.lookup("#" + dialogId).tryQuery().isEmpty());
    }

    @Test
    void noDialogShowsEnglishAndMenusSayStrg(FxRobot robot) throws Exception {
        Set<String> english = english();
        click(robot, "welcome-example");
        waitFor(() -> robot.lookup("#page-business").tryQuery().isPresent());
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").query();
        MenuItem save = bar.getMenus().get(0).getItems().stream().filter(i -> "menu-save".equals(i.getId()))
                .findFirst().orElseThrow();
        assertEquals("Strg+S", save.getAccelerator().getDisplayText());

        Project mine = kickoff.shell().document().project();
        Path theirs = home.resolve("kollegin-" + System.nanoTime() + ".kickoff");
        new ProjectFiles().save(theirs, mine.withAnswer("business.value", Answer.answered(new Value.Text("Anders"))),
                Fixtures.builtIn());
        filesToOpen.add(theirs);
        menu(robot, "menu-file", "menu-compare");
        assertGerman(robot, "compare-dialog", english);

        filesToOpen.add(theirs);
        menu(robot, "menu-file", "menu-merge");
        waitFor(() -> robot.lookup("#merge-dialog").tryQuery().isPresent());
        List<String> merge = texts(robot.lookup("#merge-dialog").<DialogPane>query().getScene().getWindow());
        assertEquals(List.of(), merge.stream().filter(english::contains).toList(), merge.toString());
        robot.clickOn("#merge-rest-theirs");
        robot.clickOn("#merge-apply");
        assertGerman(robot, "merge-report", english);

        menu(robot, "menu-help", "menu-shortcuts");
        assertGerman(robot, "shortcuts-dialog", english);
        menu(robot, "menu-help", "menu-getting-started");
        assertGerman(robot, "getting-started-dialog", english);
        menu(robot, "menu-help", "menu-about");
        assertGerman(robot, "about-dialog", english);

        click(robot, "sidebar-summary");
        waitFor(() -> robot.lookup("#summary-print").tryQuery().isPresent());
        shortcut(robot, KeyCode.P);
        assertGerman(robot, "no-printer-dialog", english);

        Path broken = Files.writeString(home.resolve("kaputt-" + System.nanoTime() + ".kickoff"), "{");
        javafx.application.Platform.runLater(() -> kickoff.shell().document().open(broken));
        waitFor(() -> robot.lookup("#unsaved-dialog").tryQuery().isPresent()
                || robot.lookup("#error-dialog").tryQuery().isPresent());
        if (robot.lookup("#unsaved-dialog").tryQuery().isPresent()) {
            DialogPane unsaved = robot.lookup("#unsaved-dialog").query();
            List<String> texts = texts(unsaved.getScene().getWindow());
            assertEquals(List.of(), texts.stream().filter(english::contains).toList(), texts.toString());
            robot.clickOn("#unsaved-dialog-1");
        }
        assertGerman(robot, "error-dialog", english);
    }

    @Test
    void theOutcomeDialogsSpeakGermanAndWriteGermanDates(FxRobot robot) throws Exception {
        Set<String> english = english();
        click(robot, "welcome-example");
        waitFor(() -> robot.lookup("#page-business").tryQuery().isPresent());
        robot.interact(() -> kickoff.shell().wizard().jumpToTopic("operations"));
        javafx.scene.control.Labeled badge = node(robot, "operations_log-personal-data-risk");
        assertEquals("Mittleres Risiko \u2713", badge.getText(), "the adjective declined, the acceptance ticked");
        menu(robot, "menu-go", "menu-actions");
        waitFor(() -> robot.lookup("#page-actions").tryQuery().isPresent());

        // the German example's one risk is accepted: reopened, it can be accepted again
        click(robot, "reopen-personal-data-in-logs");
        click(robot, "accept-personal-data-in-logs");
        assertGerman(robot, "accept-dialog", english);
        click(robot, "mitigate-personal-data-in-logs");
        waitFor(() -> robot.lookup("#action-dialog").tryQuery().isPresent());
        javafx.scene.control.DatePicker due = robot.lookup("#action-due").query();
        robot.interact(() -> due.setValue(java.time.LocalDate.of(2026, 12, 31)));
        assertEquals("31.12.2026", due.getEditor().getText(), "the date as a German reader writes it");
        assertGerman(robot, "action-dialog", english);
        click(robot, "action-add");
        assertGerman(robot, "action-dialog", english);

        menu(robot, "menu-file", "menu-record-milestone");
        assertGerman(robot, "milestone-dialog", english);
        menu(robot, "menu-file", "menu-compare-milestone");
        assertGerman(robot, "milestone-choice", english);
        menu(robot, "menu-file", "menu-compare-milestone");
        waitFor(() -> robot.lookup("#milestone-choice-ok").tryQuery().isPresent());
        javafx.scene.control.Button ok = robot.lookup("#milestone-choice-ok").query();
        javafx.application.Platform.runLater(ok::fire);
        assertGerman(robot, "compare-dialog", english);

        // a colleague's copy with an action of their own and a risk decided otherwise: the merge report says so
        Project mine = kickoff.shell().document().project();
        Project theirs = mine.withAction(org.kickoff.domain.Action.create("a-kollegin", "Lasttest planen",
                        "Mira Yilmaz", java.time.LocalDate.of(2027, 1, 15)))
                .withRiskEntry("personal-data-in-logs", mine.riskEntry("personal-data-in-logs")
                        .withState(org.kickoff.domain.RiskState.RESOLVED));
        Path file = home.resolve("kollegin-" + System.nanoTime() + ".kickoff");
        new ProjectFiles().save(file, theirs, Fixtures.builtIn());
        filesToOpen.add(file);
        menu(robot, "menu-file", "menu-merge");
        waitFor(() -> robot.lookup("#merge-apply").tryQuery().isPresent());
        robot.clickOn("#merge-apply");
        waitFor(() -> robot.lookup("#merge-report").tryQuery().isPresent());
        List<String> report = texts(robot.lookup("#merge-report").<DialogPane>query().getScene().getWindow());
        assertTrue(report.contains("\u2022 Lasttest planen"), "the action taken from them: " + report);
        assertTrue(report.contains("Maßnahmen, von ihnen übernommen"), report.toString());
        assertGerman(robot, "merge-report", english);

        menu(robot, "menu-file", "menu-new");
        waitFor(() -> robot.lookup("#page-details").tryQuery().isPresent()
                || robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        if (robot.lookup("#unsaved-dialog").tryQuery().isPresent()) {
            robot.clickOn("#unsaved-dialog-1");
        }
        waitFor(() -> robot.lookup("#page-details").tryQuery().isPresent());
        menu(robot, "menu-file", "menu-compare-milestone");
        assertGerman(robot, "milestone-none", english);
    }
}
