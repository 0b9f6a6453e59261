package org.kickoff.ui.sharing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kickoff.domain.MergePlan;
import org.kickoff.domain.MergePlan.Resolution;
import org.kickoff.domain.Project;
import org.kickoff.i18n.MergeNotes;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.session.ProjectDocument;

/**
 * A merge waiting for the user's decisions: one choice per conflicting question (mine, theirs, both kept
 * in the note, or undecided), "all mine / all theirs" for the rest, and apply. Undecided conflicts become
 * open questions that quote both answers: nothing is lost.
 */
public final class MergeViewModel {

    private final ProjectDocument document;
    private final MergePlan plan;
    private final Project theirs;
    private final String myName;
    private final String theirName;
    private final Map<String, ObjectProperty<Resolution>> choices = new LinkedHashMap<>();

    MergeViewModel(ProjectDocument document, MergePlan plan, Project theirs, String myName, String theirName) {
        this.myName = myName;
        this.document = document;
        this.plan = plan;
        this.theirs = theirs;
        this.theirName = theirName;
        for (MergePlan.Conflict conflict : plan.conflicts()) {
            ObjectProperty<Resolution> choice = new SimpleObjectProperty<>(this, conflict.questionId());
            choice.subscribe(r -> plan.resolve(conflict.questionId(), r));
            choices.put(conflict.questionId(), choice);
        }
    }

    public List<MergePlan.Conflict> conflicts() {
        return plan.conflicts();
    }

    public List<String> takenOver() {
        return plan.takenOver();
    }

    public boolean changesAnything() {
        return plan.changesAnything();
    }

    public String theirName() {
        return theirName;
    }

    public Project theirs() {
        return theirs;
    }

    /** The choice for one conflict; {@code null} while undecided. */
    public ObjectProperty<Resolution> choiceProperty(String questionId) {
        return choices.get(questionId);
    }

    /** Decides every conflict not decided yet. */
    public void decideRest(Resolution resolution) {
        choices.values().stream().filter(c -> c.get() == null).forEach(c -> c.set(resolution));
    }

    public long undecided() {
        return choices.values().stream().filter(c -> c.get() == null).count();
    }

    /**
     * What a merge did, question by question: answers taken from theirs (answered only by them, or chosen),
     * kept (mine chosen, theirs quoted in my note), and conflicts left undecided, which are now open questions;
     * and what it brought into the risk register, the actions and the milestones.
     */
    public record Outcome(List<String> takenFromTheirs, List<String> kept, List<String> nowOpen,
                          MergePlan.OutcomeChanges outcome) {
        public Outcome {
            takenFromTheirs = List.copyOf(takenFromTheirs);
            kept = List.copyOf(kept);
            nowOpen = List.copyOf(nowOpen);
        }

        public boolean isEmpty() {
            return takenFromTheirs.isEmpty() && kept.isEmpty() && nowOpen.isEmpty() && outcome.isEmpty();
        }
    }

    /** Brings the merge into the open project (one step to undo; saving is up to the user) and says what it did. */
    public Outcome apply() {
        List<String> taken = new java.util.ArrayList<>(plan.takenOver());
        List<String> kept = new java.util.ArrayList<>();
        List<String> open = new java.util.ArrayList<>();
        for (MergePlan.Conflict conflict : plan.conflicts()) {
            Resolution resolution = choices.get(conflict.questionId()).get();
            if (resolution == null) {
                open.add(conflict.questionId());
            } else if (resolution == Resolution.THEIRS) {
                taken.add(conflict.questionId());
            } else {
                kept.add(conflict.questionId());
            }
        }
        MergePlan.OutcomeChanges outcome = plan.outcomeChanges();
        Messages messages = document.messagesProperty().get();
        Project merged = plan.apply(new MergeNotes(messages, document.questionnaire(), myName, theirName));
        document.replace(merged);
        List<String> order = document.questionnaire().questionIds();
        java.util.Comparator<String> byQuestionnaire = java.util.Comparator.comparingInt(id -> {
            int at = order.indexOf(id);
            return at < 0 ? Integer.MAX_VALUE : at;
        });
        taken.sort(byQuestionnaire);
        kept.sort(byQuestionnaire);
        open.sort(byQuestionnaire);
        return new Outcome(taken, kept, open, outcome);
    }
}
