package org.kickoff.ui.window;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.app.Kickoff;
import org.kickoff.storage.AppFolders;
import org.kickoff.ui.FakePrompts;
import org.kickoff.ui.TestDocuments;
import org.kickoff.ui.common.Prompts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real main window (headless with Monocle) with its own settings folder and a stand-in for
 * the system's file chooser; dialogs are the real ones.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTestBase {

    @TempDir
    static Path home;

    /** Stands in for the system's file choosers: they pick these files, in order. */
    private final FakePrompts chooser = new FakePrompts();
    final Deque<Path> filesToOpen = chooser.filesToOpen;
    final Deque<Path> filesToSave = chooser.filesToSave;
    final Deque<Path> questionnairesToOpen = chooser.questionnaires;
    final Deque<Path> exportTargets = chooser.exportTargets;
    Kickoff kickoff;
    Stage stage;

    AppFolders folders;

    List<String> args() {
        return List.of();
    }

    /** Runs before the window starts: a test can leave, say, a recovery copy from a "crashed" run. */
    void prepare(AppFolders appFolders) {
    }

    /** The file system saves go through; tests inject failures here. */
    org.kickoff.storage.FileWriting disk() {
        return org.kickoff.storage.FileWriting.system();
    }

    Clock clock() {
        return TestDocuments.CLOCK;
    }

    /** Subclasses call this from their own {@code @Start} method: TestFX does not look at inherited ones. */
    void startKickoff(Stage stage) {
        this.stage = stage;
        Path folder = home.resolve(getClass().getSimpleName() + System.nanoTime());
        folders = AppFolders.under(folder);
        prepare(folders);
        kickoff = Kickoff.start(stage, new Kickoff.Options(folders, clock(), args(),
                real -> new ChoosingPrompts(real), disk()));
    }

    /** The real dialogs; files are picked from the test's queues (by the stand-in chooser). */
    private final class ChoosingPrompts implements Prompts {
        private final Prompts real;

        ChoosingPrompts(Prompts real) {
            this.real = real;
        }

        @Override
        public UnsavedChoice askUnsaved(String projectName) {
            return real.askUnsaved(projectName);
        }

        @Override
        public Optional<Path> chooseProjectToOpen(Path folder) {
            return chooser.chooseProjectToOpen(folder);
        }

        @Override
        public Optional<Path> chooseProjectToSave(Path folder, String suggestedName) {
            return chooser.chooseProjectToSave(folder, suggestedName);
        }

        @Override
        public LockedChoice askLocked(String fileName, String holder) {
            return real.askLocked(fileName, holder);
        }

        @Override
        public ChangedChoice askChanged(String fileName) {
            return real.askChanged(fileName);
        }

        @Override
        public RestoreChoice askRestore(String description) {
            return real.askRestore(description);
        }

        @Override
        public Optional<Path> chooseExportTarget(Path folder, String suggestedName, org.kickoff.report.ExportFormat format) {
            return chooser.chooseExportTarget(folder, suggestedName, format);
        }

        @Override
        public Optional<Path> chooseFolder(Path folder) {
            return chooser.chooseFolder(folder);
        }

        @Override
        public Optional<Path> chooseQuestionnaire(Path folder) {
            return chooser.chooseQuestionnaire(folder);
        }

        @Override
        public void showInfo(String title, String details) {
            real.showInfo(title, details);
        }

        @Override
        public void showError(String title, String details) {
            real.showError(title, details);
        }
    }

    /** The node with this id; waits for it a while, as a page builds its cards below the viewport later. */
    static <T extends Node> T node(FxRobot robot, String id) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + id).tryQuery().isPresent());
        } catch (TimeoutException e) {
            // reported below
        }
        T node = robot.lookup("#" + id).query();
        assertNotNull(node, "no node #" + id);
        return node;
    }

    /** Scrolls the page so that the node is inside the viewport, as a user would before clicking it. */
    static void reveal(FxRobot robot, Node node) {
        robot.interact(() -> {
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node content = scroll.getContent();
                Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double viewport = scroll.getViewportBounds().getHeight();
                double extra = content.getBoundsInLocal().getHeight() - viewport;
                if (extra > 0) {
                    double target = Math.max(0, inContent.getMinY() - viewport / 3);
                    scroll.setVvalue(Math.min(1, target / extra));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void click(FxRobot robot, String id) {
        Node node = node(robot, id);
        reveal(robot, node);
        robot.clickOn(node);
    }

    static void type(FxRobot robot, String id, String text) {
        click(robot, id);
        robot.write(text, 0);
    }

    /**
     * Picks a menu item by the ids of its menus and itself ({@code "menu-view", "menu-language", "menu-lang-de"}),
     * not by the texts, which change with the language. The item is fired as a click on it would; moving the
     * pointer through cascading menus is the toolkit's business, not Kickoff's.
     */
    static void menu(FxRobot robot, String... ids) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").query();
        List<javafx.scene.control.MenuItem> items = new java.util.ArrayList<>(bar.getMenus());
        javafx.scene.control.MenuItem found = null;
        for (String id : ids) {
            found = items.stream().filter(i -> id.equals(i.getId())).findFirst()
                    .orElseThrow(() -> new AssertionError("no menu item #" + id));
            items = found instanceof javafx.scene.control.Menu m ? m.getItems() : List.of();
        }
        javafx.scene.control.MenuItem item = found;
        org.junit.jupiter.api.Assertions.assertFalse(item.isDisable(), "#" + ids[ids.length - 1] + " is disabled");
        // not robot.interact: an item that opens a modal dialog returns only when it closes
        javafx.application.Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Starts a new project from the welcome page, which lands on its details with the name field focused,
     * then goes on to the first topic.
     */
    static void newProject(FxRobot robot) {
        click(robot, "welcome-new");
        waitFor(() -> robot.lookup("#page-details").tryQuery().isPresent());
        click(robot, "sidebar-business");
        waitFor(() -> robot.lookup("#page-business").tryQuery().isPresent());
    }

    static void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.push(all);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for background work (file I/O runs off the JavaFX thread) to show its result. */
    static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
