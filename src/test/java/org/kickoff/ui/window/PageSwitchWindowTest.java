package org.kickoff.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kickoff.domain.Condition;
import org.kickoff.domain.LocalizedText;
import org.kickoff.domain.Project;
import org.kickoff.domain.Question;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.Topic;
import org.kickoff.domain.YesNoType;
import org.kickoff.storage.ProjectFileWriter;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.page.TopicPageView;
import org.kickoff.ui.wizard.WizardViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Going from page to page: a page the user goes to shows the cards in view in its first frame, a page left waits hidden
 * and comes back as it was, the pages around the one on show are built while the user reads it, and a
 * questionnaire of thousands of questions keeps only so many cards built.
 */
class PageSwitchWindowTest extends WindowTestBase {

    /** Topics and questions per topic of the large questionnaire; more cards than the window keeps. */
    private static final int TOPICS = 10;
    private static final int PER_TOPIC = 50;

    @Start
    void start(Stage stage) {
        startKickoff(stage);
    }

    private WizardViewModel openExample(FxRobot robot) {
        robot.interact(() -> kickoff.shell().openExample());
        waitFor(() -> robot.lookup("#page-business").tryQuery().isPresent());
        return kickoff.shell().wizard();
    }

    @Test
    void aPageGoneToShowsTheCardsInViewInItsFirstFrameAndTheRestSoonAfter(FxRobot robot) throws Exception {
        // pages of 50: while the user is on the first, at most the next two are built (150 cards), never the sixth
        openLarge(robot);
        WizardViewModel wizard = kickoff.shell().wizard();
        AtomicReference<TopicPageView> shown = new AtomicReference<>();
        AtomicReference<Boolean> completeAtOnce = new AtomicReference<>();
        AtomicReference<Boolean> filledInFirstPulse = new AtomicReference<>();
        robot.interact(() -> {
            wizard.jumpToTopic("t5");
            Node page = stage.getScene().lookup("#page-t5");
            shown.set(page instanceof TopicPageView view ? view : null);
            completeAtOnce.set(shown.get() != null && shown.get().isComplete());
            // after the page's own work in its first pulse, before that pulse's frame is drawn
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                stage.getScene().removePostLayoutPulseListener(check[0]);
                filledInFirstPulse.set(shown.get().isFilled());
            };
            stage.getScene().addPostLayoutPulseListener(check[0]);
        });
        assertNotNull(shown.get());
        assertFalse(completeAtOnce.get(), "not built in the event that asked for it: that held the frame back");
        waitFor(() -> filledInFirstPulse.get() != null);
        assertTrue(filledInFirstPulse.get(), "the viewport's cards are there in the page's first frame");
        robot.interact(() -> assertNotNull(shown.get().getContent().lookup("#t5_q0"), "the page's first card"));
        // the rest below the viewport, a few per frame
        waitFor(() -> shown.get().isComplete());
        robot.interact(() -> assertNotNull(shown.get().getContent().lookup("#t5_q" + (PER_TOPIC - 1))));
    }

    /** Opens a project of the large questionnaire (more cards than the window keeps); it shows its first topic. */
    private void openLarge(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory(home, "large").resolve("large.kickoff");
        Questionnaire large = largeQuestionnaire();
        Files.write(file, new ProjectFileWriter().write(
                Project.create("Large", large.ref(), Instant.EPOCH), large));
        robot.interact(() -> kickoff.shell().document().open(file));
        waitFor(() -> robot.lookup("#page-t0").tryQuery().isPresent());
    }

    @Test
    void aPageLeftWaitsHiddenInTheWindowAndComesBackAsItWas(FxRobot robot) {
        WizardViewModel wizard = openExample(robot);
        Node card = node(robot, "business_value");
        robot.interact(() -> wizard.jumpToTopic("data"));
        robot.interact(() -> {
            // still styled and laid out, in the window, only not shown
            assertSame(stage.getScene(), card.getScene(), "the page left stays in the scene");
            assertFalse(shown(card), "the page left is hidden");
        });
        robot.interact(() -> wizard.jumpToTopic("business"));
        robot.interact(() -> {
            assertSame(card, stage.getScene().lookup("#business_value"), "the same card, not a new one");
            assertTrue(shown(card), "the page is shown again");
        });
    }

    @Test
    void whileTheUserReadsAPageTheNextOneIsBuilt(FxRobot robot) {
        openExample(robot);
        // nothing is touched: after a moment the next topic (team) is there, hidden and complete
        waitFor(() -> stage.getScene().lookup("#page-team") instanceof TopicPageView team && team.isComplete());
        robot.interact(() -> assertFalse(shown(stage.getScene().lookup("#page-team")), "built, not shown"));
    }

    @Test
    void aLargeQuestionnaireKeepsOnlySoManyCardsBuilt(FxRobot robot) throws Exception {
        openLarge(robot);
        WizardViewModel wizard = kickoff.shell().wizard();
        for (int t = 0; t < TOPICS; t++) {
            String topic = "t" + t;
            robot.interact(() -> wizard.jumpToTopic(topic));
        }
        List<Node> cards = new ArrayList<>();
        robot.interact(() -> cards.addAll(stage.getScene().getRoot().lookupAll("." + Css.CARD)));
        // every page was visited, 500 cards; the window keeps those of the pages nearest the one on show
        assertTrue(cards.size() <= 150, cards.size() + " cards built");
        // the page on show completes itself, a few cards per frame
        waitFor(() -> stage.getScene().lookup("#t" + (TOPICS - 1) + "_q" + (PER_TOPIC - 1)) != null);
        assertEquals(null, stage.getScene().lookup("#t0_q0"), "the first page, farthest away, was let go");
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Questionnaire largeQuestionnaire() {
        List<Topic> topics = new ArrayList<>();
        for (int t = 0; t < TOPICS; t++) {
            List<Question> questions = new ArrayList<>();
            for (int q = 0; q < PER_TOPIC; q++) {
                questions.add(new Question("t" + t + ".q" + q, new YesNoType(), text("Question " + q + " of topic " + t),
                        text("Guidance"), List.of(), Condition.ALWAYS, LocalizedText.EMPTY, null));
            }
            topics.add(new Topic("t" + t, text("Topic " + t), text("Intro"), questions));
        }
        return new Questionnaire("large", "1.0.0", List.of("en", "de"), text("Large"), text("Many questions"),
                topics, List.of());
    }

    private static LocalizedText text(String en) {
        return LocalizedText.of(en, en + " (de)");
    }
}
