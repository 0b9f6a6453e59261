package org.kickoff.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kickoff.domain.Question;
import org.kickoff.domain.Topic;
import org.kickoff.storage.FileWriting;
import org.kickoff.ui.TestDocuments;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.page.TopicPageView;
import org.kickoff.ui.page.TopicPageViewModel;
import org.kickoff.ui.session.ProjectDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * What start-up leaves for later still arrives: the first page's cards below the viewport, tooltips,
 * the spinner for slow file work; and the sidebar's light progress bars show the right fractions.
 */
class StartupWindowTest extends WindowTestBase {

    /** How long the injected disk takes for each write; 0 is the real speed. */
    private volatile long writeDelayMs;

    @Start
    void start(Stage stage) {
        startKickoff(stage);
    }

    @Override
    List<String> args() {
        try (InputStream in = getClass().getResourceAsStream("/examples/example.kickoff")) {
            Path project = Files.createTempDirectory(home, "startup").resolve("example.kickoff");
            Files.write(project, in.readAllBytes());
            return List.of(project.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    FileWriting disk() {
        FileWriting real = FileWriting.system();
        return new FileWriting() {
            @Override
            public void createAndForce(Path file, byte[] content) throws IOException {
                try {
                    Thread.sleep(writeDelayMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                real.createAndForce(file, content);
            }

            @Override
            public void replace(Path source, Path target) throws IOException {
                real.replace(source, target);
            }

            @Override
            public boolean isWritable(Path file) {
                return real.isWritable(file);
            }
        };
    }

    private TopicPageView shownPage(FxRobot robot) {
        // in this test's window: other tests' windows may still be open
        waitFor(() -> robot.from(stage.getScene().getRoot()).lookup("." + Css.PAGE_SCROLL).tryQuery()
                .filter(n -> n instanceof TopicPageView page && page.isFilled()).isPresent());
        return robot.from(stage.getScene().getRoot()).lookup("." + Css.PAGE_SCROLL).query();
    }

    @Test
    void theFirstPageFillsItsViewportAndGetsEveryCardInOrder(FxRobot robot) {
        TopicPageView page = shownPage(robot);
        List<String> expected = page.viewModel().topic().questions().stream().map(Question::id)
                .map(Css::nodeId).toList();
        robot.interact(() -> {
            // whatever is built so far reaches below the viewport, or is everything
            List<Node> cards = cards(page);
            Node last = cards.get(cards.size() - 1);
            Bounds viewport = page.localToScene(page.getLayoutBounds());
            assertTrue(cards.size() == expected.size()
                            || last.localToScene(last.getLayoutBounds()).getMaxY() >= viewport.getMaxY(),
                    "the built cards end above the viewport's bottom: " + cards.size() + " of " + expected.size());
        });
        waitFor(() -> cards(page).size() == expected.size());
        assertEquals(expected, cards(page).stream().map(Node::getId).toList());
    }

    @Test
    void revealingAQuestionBuildsTheCardsThatAreNotThereYet(FxRobot robot) {
        shownPage(robot);
        ProjectDocument document = kickoff.shell().document();
        Topic topic = document.questionnaire().topics().get(document.questionnaire().topics().size() - 1);
        String last = topic.questions().get(topic.questions().size() - 1).id();
        AtomicReference<Node> focused = new AtomicReference<>();
        AtomicReference<Node> card = new AtomicReference<>();
        robot.interact(() -> {
            // a page that was never in a scene has built no card yet
            TopicPageView page = new TopicPageView(new TopicPageViewModel(topic, document,
                    kickoff.shell().wizard().evaluationProperty(), document.messagesProperty().get(),
                    TestDocuments.CLOCK), document.messagesProperty().get());
            assertNull(page.getContent().lookup("#" + Css.nodeId(last)));
            ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).setCenter(page);
            page.reveal(last);
            card.set(page.getContent().lookup("#" + Css.nodeId(last)));
            focused.set(stage.getScene().getFocusOwner());
        });
        assertNotNull(card.get(), "the revealed question's card was built");
        Node owner = focused.get();
        while (owner != null && owner != card.get()) {
            owner = owner.getParent();
        }
        assertSame(card.get(), owner, "the focus is in the revealed card");
    }

    @Test
    void tooltipsArriveWithThePointer(FxRobot robot) {
        TopicPageView page = shownPage(robot);
        String first = Css.nodeId(page.viewModel().questions().get(0).id());
        ToggleButton open = node(robot, first + "-state-open");
        assertNull(open.getTooltip(), "no tooltip is made before it is needed");
        String tip = kickoff.shell().document().messagesProperty().get().get("question.state.open.tip");
        assertEquals(tip, open.getAccessibleHelp(), "screen readers have the tip without a pointer");
        robot.moveTo(open);
        waitFor(() -> open.getTooltip() != null);
        assertEquals(tip, open.getTooltip().getText());
        // and it shows, as any tooltip, while the pointer rests on the control
        robot.moveBy(2, 1);
        waitFor(() -> open.getTooltip().isShowing());
    }

    @Test
    void theSidebarBarsShowEachTopicsProgress(FxRobot robot) {
        shownPage(robot);
        for (Topic topic : kickoff.shell().document().questionnaire().topics()) {
            double expected = kickoff.shell().wizard().progress(topic).fraction();
            Region bar = robot.from(stage.getScene().getRoot()).lookup("#sidebar-" + topic.id())
                    .lookup(".fraction-bar").query();
            Region fill = (Region) bar.getChildrenUnmodifiable().get(0);
            double width = bar.getWidth() - bar.getInsets().getLeft() - bar.getInsets().getRight();
            assertEquals(expected, fill.isVisible() ? fill.getWidth() / width : 0, 1.0 / width + 1e-9,
                    topic.id());
        }
    }

    @Test
    void theSpinnerShowsOnlyForSlowFileWork(FxRobot robot) {
        TopicPageView page = shownPage(robot);
        String first = Css.nodeId(page.viewModel().questions().get(0).id());
        assertFalse(spinnerShown(robot), "a spinner while idle");

        writeDelayMs = 1500;
        click(robot, first + "-state-open");
        // the save itself, not its shortcut: a window left over from another test could have the focus
        robot.interact(() -> kickoff.shell().document().save());
        waitFor(() -> spinnerShown(robot));
        waitFor(() -> !kickoff.shell().document().dirtyProperty().get());
        waitFor(() -> !spinnerShown(robot));
        writeDelayMs = 0;
    }

    @Test
    void theChangedBannerIsBuiltWhenAnAnswerNeedsAConfirmation(FxRobot robot) throws Exception {
        TopicPageView first = shownPage(robot);
        assertTrue(robot.from(first).lookup("#business_value-changed").tryQuery().isEmpty(),
                "no banner is built while nothing changed");
        Path changed = Files.createTempDirectory(home, "changed").resolve("changed.kickoff");
        try (InputStream in = getClass().getResourceAsStream("/examples/example.kickoff")) {
            String example = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Files.writeString(changed, example.replaceFirst("(\"formatVersion\": \"[0-9.]+\",)",
                    "$1\n  \"changedSinceAnswered\": [\"business.value\"],"));
        }
        robot.interact(() -> kickoff.shell().document().open(changed));
        waitFor(() -> kickoff.shell().document().file().filter(changed::equals).isPresent());
        waitFor(() -> robot.from(stage.getScene().getRoot()).lookup("#business_value-changed").tryQuery()
                .filter(StartupWindowTest::shown).isPresent());
        click(robot, "business_value-confirm-change");
        waitFor(() -> !kickoff.shell().document().project().changedSinceAnswered().contains("business.value"));
        assertTrue(robot.from(stage.getScene().getRoot()).lookup("#business_value-changed").tryQuery()
                .filter(StartupWindowTest::shown).isEmpty(), "the banner goes once confirmed");
    }

    /** Whether this test's window shows the spinner (other tests' windows may still be open). */
    private boolean spinnerShown(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup("#busy").tryQuery()
                .filter(StartupWindowTest::shown).isPresent();
    }

    /** Visible with every parent: what the user sees (a node's own flag ignores its parents). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<Node> cards(TopicPageView page) {
        return page.getContent().lookupAll("." + Css.CARD).stream().toList();
    }
}
