package org.kickoff.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kickoff.ui.wizard.WizardViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching the language builds the window anew; the old views must go, not pile up switch after switch.
 * Driven through the ViewModels rather than the robot: TestFX keeps the events its robot fires, with their
 * target nodes, which would keep old views reachable for reasons of its own.
 */
class LanguageSwitchWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        startKickoff(stage);
    }

    @Test
    void twentySwitchesLeaveNoOldViewReachable(FxRobot robot) throws Exception {
        robot.interact(() -> kickoff.shell().openExample());
        waitFor(() -> robot.lookup("#page-business").tryQuery().isPresent());
        WizardViewModel wizard = kickoff.shell().wizard();
        List<WeakReference<Parent>> old = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // pages, the summary and the details, so that their views and ViewModels exist too
            robot.interact(() -> wizard.jumpToTopic("team"));
            robot.interact(() -> wizard.jumpToTopic("data"));
            robot.interact(wizard::showSummary);
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> wizard.jumpTo(wizard.pages().get(0)));
            robot.interact(() -> wizard.jumpToTopic("business"));
            old.add(new WeakReference<>(stage.getScene().getRoot()));
            String language = i % 2 == 0 ? "de" : "en";
            robot.interact(() -> kickoff.shell().setLanguage(language));
            WaitForAsyncUtils.waitForFxEvents();
        }
        Parent current = stage.getScene().getRoot();
        assertTrue(old.stream().noneMatch(ref -> ref.get() == current));
        // let pending pulses and animations finish, then collect
        for (int attempt = 0; attempt < 30 && old.stream().anyMatch(ref -> ref.get() != null); attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            System.gc();
            Thread.sleep(100);
        }
        assertEquals(0, old.stream().filter(ref -> ref.get() != null).count(), "old views still reachable");
    }

    /**
     * A scroll pane's skin keeps a bitmap of its viewport, which the effects' image pool never gets back once
     * the pane is gone: every window thrown away by a switch left its images on the heap. No viewport of the
     * window, nor of the scroll pane inside a text area, may keep one.
     */
    @Test
    void noViewportOfTheWindowKeepsABitmapOfItself(FxRobot robot) {
        robot.interact(() -> kickoff.shell().openExample());
        waitFor(() -> robot.lookup("#page-business").tryQuery().isPresent());
        WizardViewModel wizard = kickoff.shell().wizard();
        List<javafx.scene.Node> viewports = new ArrayList<>();
        List<Runnable> pages = List.of(() -> wizard.jumpToTopic("business"), () -> wizard.jumpTo(wizard.pages().get(0)),
                wizard::showSummary);
        for (Runnable page : pages) {
            robot.interact(page);
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> viewports(stage.getScene().getRoot(), viewports));
        }
        // the business page's long texts are text areas, which scroll inside
        assertTrue(viewports.stream().anyMatch(v -> v.getParent() != null && v.getParent().getParent()
                instanceof javafx.scene.control.TextArea), "no text area's viewport was looked at");
        assertEquals(List.of(), viewports.stream().filter(javafx.scene.Node::isCache)
                .map(v -> String.valueOf(v.getParent())).toList(), "viewports that keep a bitmap of themselves");
    }

    private static void viewports(javafx.scene.Node node, List<javafx.scene.Node> found) {
        if (node.getStyleClass().contains("viewport")) {
            found.add(node);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> viewports(child, found));
        }
    }
}
