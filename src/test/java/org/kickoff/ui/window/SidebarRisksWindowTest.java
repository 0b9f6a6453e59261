package org.kickoff.ui.window;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kickoff.domain.Evaluation;
import org.kickoff.domain.Project;
import org.kickoff.domain.RiskEntry;
import org.kickoff.domain.RiskFinding;
import org.kickoff.domain.RiskState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sidebar's risks to address go by the window's clock: on 1 March 2020 an acceptance until 30 June
 * 2020 holds (by the machine's own clock it ran out long ago), one until 1 February 2020 has run out.
 */
class SidebarRisksWindowTest extends WindowTestBase {

    private static final LocalDate TODAY = LocalDate.of(2020, 3, 1);

    @Start
    void start(Stage stage) {
        startKickoff(stage);
    }

    @Override
    Clock clock() {
        return Clock.fixed(Instant.parse("2020-03-01T10:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void anAcceptanceRunsOutByTheWindowsClock(FxRobot robot) {
        newProject(robot);
        Project project = kickoff.shell().document().project();
        List<RiskFinding> findings = new Evaluation(kickoff.shell().document().questionnaire(), project).risks()
                .findings();
        RiskFinding finding = findings.get(0);
        String topic = finding.topicId();
        Label risks = robot.lookup("#sidebar-risks-" + topic).query();
        assertTrue(risks.isVisible(), "a new project has its risks to address: " + risks.getText());

        decide(robot, findings, finding, TODAY.plusMonths(4));
        assertFalse(risks.isVisible(), "accepted until June, resolved the rest: " + risks.getText());

        decide(robot, findings, finding, TODAY.minusMonths(1));
        assertTrue(risks.isVisible(), "an acceptance that ran out in February is to address again");
    }

    /** Accepts the finding until the given day and resolves the other findings of its topic. */
    private void decide(FxRobot robot, List<RiskFinding> findings, RiskFinding finding, LocalDate until) {
        robot.interact(() -> kickoff.shell().document().update(p -> {
            Project result = p;
            for (RiskFinding other : findings) {
                if (other.topicId().equals(finding.topicId())) {
                    result = result.withRiskEntry(other.id(), other == finding
                            ? RiskEntry.NONE.accept("Dana Fischer", "pilot only", until)
                            : RiskEntry.NONE.withState(RiskState.RESOLVED));
                }
            }
            return result;
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
