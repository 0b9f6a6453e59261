package org.kickoff.ui.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.kickoff.domain.Action;
import org.kickoff.domain.ActionState;
import org.kickoff.domain.Evaluation;
import org.kickoff.domain.Milestone;
import org.kickoff.domain.People;
import org.kickoff.domain.Project;
import org.kickoff.domain.Register;
import org.kickoff.domain.RiskEntry;
import org.kickoff.domain.RiskState;
import org.kickoff.ui.session.ProjectDocument;

/**
 * The changes a user makes to the outcome of the kickoff: accepting, mitigating, resolving and reopening
 * risks, adding, editing and completing actions, recording milestones. Each is one step of the undo history,
 * with the finding's or action's id as its subject. Used by the risk badges, the Actions page and the menus.
 */
public final class OutcomeCommands {

    public static final String RISK = "risk";
    public static final String ACTION = "action";
    public static final String MILESTONE = "milestone";
    private static final String ALPHABET = "0123456789abcdefghijkmnpqrstuvwxyz";

    private final ProjectDocument document;
    private final Clock clock;
    private final RandomGenerator random;

    public OutcomeCommands(ProjectDocument document, Clock clock, RandomGenerator random) {
        this.document = document;
        this.clock = clock;
        this.random = random;
    }

    public ProjectDocument document() {
        return document;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The register of the open project today. */
    public Register register() {
        Project project = document.project();
        return Register.of(new Evaluation(document.questionnaire(), project), project, today());
    }

    /** The people named in the project, to pick owners from. */
    public List<String> people() {
        return document.project() == null ? List.of() : People.of(document.project());
    }

    public void accept(String findingId, String by, String why, LocalDate until) {
        risk(findingId, entry -> entry.accept(by.strip(), why.strip(), until));
    }

    public void resolve(String findingId) {
        risk(findingId, entry -> entry.withState(RiskState.RESOLVED));
    }

    public void reopen(String findingId) {
        risk(findingId, entry -> entry.withState(RiskState.OPEN));
    }

    /** Mitigates the finding with a new action: the risk is being mitigated, the action names it. */
    public Action mitigate(String findingId, String title, String owner, LocalDate due) {
        Action action = Action.create(newId(), title.strip(), owner.strip(), due).withRisk(findingId);
        document.update(RISK, findingId, false, p -> p.withAction(action).withRiskEntry(findingId,
                p.riskEntry(findingId).withState(RiskState.MITIGATING).withOwner(p.riskEntry(findingId).owner().isBlank()
                        ? owner.strip() : p.riskEntry(findingId).owner())));
        return action;
    }

    private void risk(String findingId, java.util.function.UnaryOperator<RiskEntry> change) {
        document.update(RISK, findingId, false, p -> p.withRiskEntry(findingId, change.apply(p.riskEntry(findingId))));
    }

    public Action addAction(String title, String owner, LocalDate due) {
        Action action = Action.create(newId(), title.strip(), owner.strip(), due);
        document.update(ACTION, action.id(), false, p -> p.withAction(action));
        return action;
    }

    public void editAction(String id, String title, String owner, LocalDate due) {
        action(id).ifPresent(a -> document.update(ACTION, id, false, p -> p.withAction(a.withTitle(title.strip())
                .withOwner(owner.strip()).withDue(due))));
    }

    public void setDone(String id, boolean done) {
        action(id).ifPresent(a -> document.update(ACTION, id, false, p -> p.withAction(
                a.withState(done ? ActionState.DONE : ActionState.OPEN))));
    }

    public void removeAction(String id) {
        document.update(ACTION, id, false, p -> p.withoutAction(id));
    }

    public Optional<Action> action(String id) {
        return Optional.ofNullable(document.project().actions().get(id));
    }

    /** Whether a milestone of that name can be recorded: a valid name not used yet. */
    public boolean canRecord(String name) {
        return Milestone.isValidName(name) && document.project().milestone(name).isEmpty();
    }

    public void recordMilestone(String name) {
        Instant now = clock.instant();
        document.update(MILESTONE, name.strip(), false, p -> p.withMilestone(Milestone.of(name, now, p)));
    }

    public List<Milestone> milestones() {
        return document.project() == null ? List.of() : document.project().milestones();
    }

    /** A short id no other action of the project has: "a-" and six letters or digits. */
    String newId() {
        while (true) {
            StringBuilder id = new StringBuilder("a-");
            for (int i = 0; i < 6; i++) {
                id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (!document.project().actions().containsKey(id.toString())) {
                return id.toString();
            }
        }
    }
}
