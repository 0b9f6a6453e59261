package org.kickoff.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;
import org.kickoff.domain.Answer;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.Project;
import org.kickoff.domain.Value;
import org.kickoff.storage.ProjectFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Editing as people do it for an afternoon: the keyboard alone, mistakes taken back, answers cleared. */
class EditingWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        startKickoff(stage);
    }

    private Answer answer(String id) {
        return kickoff.shell().document().project().answerOrEmpty(id);
    }

    private Node focused(FxRobot robot) {
        return stage.getScene().getFocusOwner();
    }

    @Test
    void tabMovesThroughEveryKindOfInputAndNeverTypesATab(FxRobot robot) {
        newProject(robot);
        click(robot, "sidebar-business");
        click(robot, "business_value-text");
        robot.write("Fewer calls", 0);
        robot.push(KeyCode.TAB);
        assertEquals("Fewer calls", ((TextArea) node(robot, "business_value-text")).getText(),
                "Tab moved on instead of typing a tab");
        assertFalse(focused(robot) == node(robot, "business_value-text"));
        // onwards through a list, choices, a yes/no and a number, Tab after Tab, never stuck
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            robot.push(KeyCode.TAB);
            Node now = focused(robot);
            visited.add(now == null || now.getId() == null ? String.valueOf(now) : now.getId());
        }
        assertTrue(visited.stream().anyMatch(id -> id.startsWith("business_use-cases")), visited.toString());
        assertTrue(visited.stream().anyMatch(id -> id.startsWith("business_quality-priorities")), visited.toString());
        assertTrue(visited.stream().anyMatch(id -> id.startsWith("business_personal-data")), visited.toString());
        click(robot, "business_value-text");
        robot.press(KeyCode.CONTROL).press(KeyCode.TAB).release(KeyCode.TAB).release(KeyCode.CONTROL);
        assertTrue(((TextArea) node(robot, "business_value-text")).getText().contains("\t"),
                "Ctrl+Tab types one for whoever wants it");
    }

    @Test
    void undoAndRedoGoBackAndForthAcrossPagesAndShowWhere(FxRobot robot) {
        newProject(robot);
        click(robot, "sidebar-business");
        click(robot, "business_use-cases-add");
        type(robot, "business_use-cases-0-name", "Track a parcel");
        click(robot, "sidebar-team");
        click(robot, "team_iterations-yes");
        type(robot, "team_iteration-length-number", "2");
        click(robot, "sidebar-architecture");
        click(robot, "architecture_pattern-hexagonal");

        shortcut(robot, KeyCode.Z);
        assertEquals(Answer.EMPTY, answer("architecture.pattern"));
        shortcut(robot, KeyCode.Z);
        assertNull(answer("team.iteration-length").value(), "the number went");
        assertTrue(robot.lookup("#page-team").tryQuery().map(Node::isVisible).orElse(false),
                "undo shows the page where the change was");
        assertEquals("", ((TextField) node(robot, "team_iteration-length-number")).getText(), "and the field says so");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals("2", ((TextField) node(robot, "team_iteration-length-number")).getText(), "redo");

        // a deleted list entry: the notice offers Undo, and it brings the entry back
        click(robot, "sidebar-business");
        click(robot, "business_use-cases-remove-0");
        assertNull(answer("business.use-cases").value());
        // ControlsFX's notification bar, with the notice and its Undo button
        java.util.function.Predicate<Node> undo = n -> n instanceof javafx.scene.control.Button b
                && "Undo".equals(b.getText()) && b.isVisible();
        waitFor(() -> robot.lookup(undo::test).tryQuery().isPresent());
        assertTrue(robot.lookup(n -> n instanceof javafx.scene.control.Label l && "Entry 1 deleted.".equals(l.getText()))
                .tryQuery().isPresent(), "the notice says what happened");
        robot.clickOn(robot.lookup(undo::test).<Node>query());
        assertEquals(new Value.Entries(List.of(Map.of("name", "Track a parcel", "description", ""))),
                answer("business.use-cases").value());
        assertEquals("Track a parcel", ((javafx.scene.control.TextInputControl) node(robot,
                "business_use-cases-0-name")).getText());
    }

    @Test
    void aMergeIsOneStepToUndo(FxRobot robot) throws Exception {
        click(robot, "welcome-example");
        waitFor(() -> robot.lookup("#page-business").tryQuery().isPresent());
        Project mine = kickoff.shell().document().project();
        Project theirs = mine.withAnswer("business.value", Answer.answered(new Value.Text("Theirs")))
                .withAnswer("team.iterations", Answer.answered(new Value.YesNo(false)));
        Path file = home.resolve("theirs-" + System.nanoTime() + ".kickoff");
        new ProjectFiles().save(file, theirs, Fixtures.builtIn());
        filesToOpen.add(file);
        menu(robot, "menu-file", "menu-merge");
        waitFor(() -> robot.lookup("#merge-dialog").tryQuery().isPresent());
        robot.clickOn("#merge-rest-theirs");
        robot.clickOn("#merge-apply");
        waitFor(() -> robot.lookup("#merge-dialog").tryQuery().isEmpty());
        waitFor(() -> robot.lookup("#merge-report").tryQuery().isPresent());
        javafx.scene.control.DialogPane report = robot.lookup("#merge-report").query();
        robot.clickOn(report.lookupButton(report.getButtonTypes().get(0)));
        assertEquals(new Value.Text("Theirs"), answer("business.value").value());
        shortcut(robot, KeyCode.Z);
        assertEquals(mine.answers(), kickoff.shell().document().project().answers(), "one undo takes all of it back");
    }

    @Test
    void aSingleChoiceCanBeClearedAgain(FxRobot robot) {
        newProject(robot);
        click(robot, "sidebar-architecture");
        Node clear = node(robot, "architecture_pattern-clear");
        assertFalse(clear.isVisible(), "nothing to clear yet");
        double before = node(robot, "architecture_pattern").getBoundsInParent().getHeight();
        click(robot, "architecture_pattern-layered");
        assertEquals(AnswerStatus.ANSWERED, answer("architecture.pattern").status());
        assertEquals(before, node(robot, "architecture_pattern").getBoundsInParent().getHeight(), 0.5,
                "the card keeps its size as it becomes answered");
        click(robot, "architecture_pattern-clear");
        assertEquals(Answer.EMPTY, answer("architecture.pattern"));
        assertFalse(((RadioButton) node(robot, "architecture_pattern-layered")).isSelected());
        click(robot, "architecture_pattern-hexagonal");
        click(robot, "architecture_pattern-hexagonal");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.BACK_SPACE)
                .release(KeyCode.BACK_SPACE, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(Answer.EMPTY, answer("architecture.pattern"), "and from the keyboard");
    }

    @Test
    void ctrlFFindsAQuestionOnAnotherPageAndAFilterListsTheOpenOnes(FxRobot robot) {
        click(robot, "welcome-example");
        waitFor(() -> robot.lookup("#page-business").tryQuery().isPresent());
        shortcut(robot, KeyCode.F);
        waitFor(() -> robot.lookup("#find-field").tryQuery().map(Node::isFocused).orElse(false));
        robot.write("data model already", 0);
        javafx.scene.control.ListView<?> found = robot.lookup("#find-results").query();
        waitFor(() -> !found.getItems().isEmpty());
        String first = ((org.kickoff.ui.find.FindViewModel.Hit) found.getItems().get(0)).questionId();
        assertEquals("data", first.substring(0, first.indexOf('.')), "a question of another topic");
        robot.push(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#page-data").tryQuery().map(Node::isVisible).orElse(false));
        waitFor(() -> robot.lookup("#" + first.replace('.', '_')).tryQuery().map(Node::isVisible).orElse(false));
        // the focus is in the question's answer, so typing answers it at once
        waitFor(() -> insideAnswerOf(found.getScene().getFocusOwner(), first.replace('.', '_')));
        javafx.scene.control.TextField field = node(robot, "find-field");
        robot.interact(field::clear);
        click(robot, "find-open");
        javafx.scene.control.ListView<?> results = robot.lookup("#find-results").query();
        waitFor(() -> !results.getItems().isEmpty());
        String open = ((javafx.scene.control.ToggleButton) node(robot, "find-open")).getText();
        assertTrue(open.matches("Open \\(\\d+\\)"), open);
        assertEquals(Integer.parseInt(open.replaceAll("\\D", "")), results.getItems().size(), "as many as it says");
        robot.push(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#find-bar").tryQuery().isEmpty());
    }

    private static boolean insideAnswerOf(Node focused, String cardId) {
        boolean inInput = false;
        for (Node n = focused; n != null; n = n.getParent()) {
            inInput |= n.getStyleClass().contains(org.kickoff.ui.common.Css.ANSWER_INPUT);
            if (cardId.equals(n.getId())) {
                return inInput;
            }
        }
        return false;
    }

    @Test
    void aCardGrowsAndShrinksWithWhatItShows(FxRobot robot) {
        // the card keeps its heights until something in it changes (QuestionCard): every change must reach it
        newProject(robot);
        click(robot, "sidebar-business");
        Node card = node(robot, "business_use-cases");
        double[] height = {heightOf(robot, card)};
        java.util.function.Supplier<Double> now = () -> heightOf(robot, card);

        click(robot, "business_use-cases-add");
        assertTrue(now.get() > height[0] + 15, "a list entry added: " + height[0] + " -> " + now.get());
        height[0] = now.get();
        type(robot, "business_use-cases-0-name", "Track a parcel from the depot to the door, with every scan on the "
                + "way, the driver's estimate and the photo at the door, for the customer and the call centre");
        assertTrue(now.get() > height[0] + 10, "a long entry wraps and its row grows: " + height[0] + " -> " + now.get());
        height[0] = now.get();
        click(robot, "business_use-cases-guidance-toggle");
        assertTrue(now.get() > height[0] + 20, "the guidance shown: " + height[0] + " -> " + now.get());
        height[0] = now.get();
        click(robot, "business_use-cases-state-open");
        assertTrue(now.get() > height[0] + 10, "open: owner and due date below: " + height[0] + " -> " + now.get());
        height[0] = now.get();
        click(robot, "business_use-cases-state-answer");
        click(robot, "business_use-cases-guidance-toggle");
        assertTrue(now.get() < height[0] - 30, "the details and the guidance hidden again: " + height[0] + " -> "
                + now.get());
        // the next card starts where this one ends, with the page's spacing, whatever it went through
        Node next = node(robot, "business_stakeholders");
        double[] gap = new double[1];
        robot.interact(() -> gap[0] = next.getBoundsInParent().getMinY() - card.getBoundsInParent().getMaxY());
        assertTrue(gap[0] >= 0 && gap[0] < 40, "no overlap, no hole: " + gap[0]);
    }

    /** The card's height once the page is laid out. */
    private static double heightOf(FxRobot robot, Node card) {
        double[] height = new double[1];
        robot.interact(() -> {
            card.getScene().getRoot().applyCss();
            card.getScene().getRoot().layout();
            height[0] = card.getBoundsInParent().getHeight();
        });
        return height[0];
    }
}
