package org.kickoff.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Bringing a colleague's answers ("theirs") into the open project ("mine"), the model behind "Merge
 * from...". Questions only they answered are taken over, equal answers stay, and where both answered
 * differently the user decides per question; {@link #resolveAll} settles the rest at once. Whatever is
 * still undecided when the plan is applied is not lost: it becomes an open question whose note quotes both
 * answers. A plan is edited by one thread (the window's); {@link #apply} leaves it unchanged.
 */
public final class MergePlan {

    /** What to keep where both answered differently. */
    public enum Resolution {
        /** Keep my answer. */
        MINE,
        /** Take their answer. */
        THEIRS,
        /** Keep my answer and add theirs, quoted with their name, to my note. */
        BOTH_IN_NOTE
    }

    /** A question both answered differently; {@code fields} says in what. */
    public record Conflict(String questionId, Answer mine, Answer theirs, Set<AnswerField> fields) {
        public Conflict {
            fields = AnswerField.ordered(fields);
        }
    }

    private final Project mine;
    private final Project theirs;
    private final List<String> takenOver;
    private final Map<String, Conflict> conflicts;
    private final Map<String, Resolution> resolutions = new LinkedHashMap<>();

    private MergePlan(Project mine, Project theirs, List<String> takenOver, Map<String, Conflict> conflicts) {
        this.mine = mine;
        this.theirs = theirs;
        this.takenOver = List.copyOf(takenOver);
        this.conflicts = conflicts;
    }

    /** The plan to bring {@code theirs} into {@code mine}; questions in the order of {@code questionnaire}. */
    public static MergePlan between(Questionnaire questionnaire, Project mine, Project theirs) {
        Set<String> ids = new LinkedHashSet<>(questionnaire.questionIds());
        ids.retainAll(union(mine, theirs));
        union(mine, theirs).stream().sorted().forEach(ids::add);
        List<String> takenOver = new ArrayList<>();
        Map<String, Conflict> conflicts = new LinkedHashMap<>();
        for (String id : ids) {
            Answer a = mine.answerOrEmpty(id);
            Answer b = theirs.answerOrEmpty(id);
            if (!AnswerComparison.isPresent(b)) {
                continue;
            }
            if (!AnswerComparison.isPresent(a)) {
                takenOver.add(id);
                continue;
            }
            Set<AnswerField> fields = AnswerComparison.differences(a, b);
            if (!fields.isEmpty()) {
                conflicts.put(id, new Conflict(id, a, b, fields));
            }
        }
        return new MergePlan(mine, theirs, takenOver, conflicts);
    }

    private static Set<String> union(Project a, Project b) {
        Set<String> ids = new LinkedHashSet<>(a.answers().keySet());
        ids.addAll(b.answers().keySet());
        return ids;
    }

    /** Questions only they answered; their answers are taken over. */
    public List<String> takenOver() {
        return takenOver;
    }

    /** Questions both answered differently, in questionnaire order. */
    public List<Conflict> conflicts() {
        return List.copyOf(conflicts.values());
    }

    public Optional<Resolution> resolution(String questionId) {
        return Optional.ofNullable(resolutions.get(questionId));
    }

    /** Decides one conflict; {@code null} makes it undecided again. */
    public void resolve(String questionId, Resolution resolution) {
        if (!conflicts.containsKey(questionId)) {
            throw new IllegalArgumentException("no conflict for question " + questionId);
        }
        if (resolution == null) {
            resolutions.remove(questionId);
        } else {
            resolutions.put(questionId, resolution);
        }
    }

    /** Decides every conflict not decided yet ("take all mine / all theirs for the rest"). */
    public void resolveAll(Resolution resolution) {
        for (String id : conflicts.keySet()) {
            resolutions.putIfAbsent(id, resolution);
        }
    }

    /** Conflicts not decided yet, in questionnaire order. */
    public List<String> unresolved() {
        return conflicts.keySet().stream().filter(id -> !resolutions.containsKey(id)).toList();
    }

    public boolean isFullyResolved() {
        return resolutions.size() == conflicts.size();
    }

    /**
     * What the merge does to the outcome of the kickoff: register entries and actions only they have (taken
     * over), ones both have differently (mine stays, theirs is quoted in its note), and their milestones that
     * I do not have (added). Ids and names in their order.
     */
    public record OutcomeChanges(List<String> risksTaken, List<String> risksQuoted, List<String> actionsTaken,
                                 List<String> actionsQuoted, List<String> milestonesAdded) {
        public OutcomeChanges {
            risksTaken = List.copyOf(risksTaken);
            risksQuoted = List.copyOf(risksQuoted);
            actionsTaken = List.copyOf(actionsTaken);
            actionsQuoted = List.copyOf(actionsQuoted);
            milestonesAdded = List.copyOf(milestonesAdded);
        }

        public boolean isEmpty() {
            return risksTaken.isEmpty() && risksQuoted.isEmpty() && actionsTaken.isEmpty() && actionsQuoted.isEmpty()
                    && milestonesAdded.isEmpty();
        }
    }

    /** The register entries, actions and milestones the merge brings in; see {@link OutcomeChanges}. */
    public OutcomeChanges outcomeChanges() {
        List<String> risksTaken = new ArrayList<>();
        List<String> risksQuoted = new ArrayList<>();
        theirs.register().forEach((id, entry) -> {
            RiskEntry own = mine.riskEntry(id);
            if (own.isEmpty()) {
                if (!entry.isEmpty()) {
                    risksTaken.add(id);
                }
            } else if (!OutcomeFields.differences(own, entry).isEmpty()) {
                risksQuoted.add(id);
            }
        });
        List<String> actionsTaken = new ArrayList<>();
        List<String> actionsQuoted = new ArrayList<>();
        theirs.actions().forEach((id, action) -> {
            Action own = mine.actions().get(id);
            if (own == null) {
                actionsTaken.add(id);
            } else if (!OutcomeFields.differences(own, action).isEmpty()) {
                actionsQuoted.add(id);
            }
        });
        List<String> milestones = theirs.milestones().stream().filter(m -> !mine.milestones().contains(m))
                .map(Milestone::name).toList();
        return new OutcomeChanges(risksTaken, risksQuoted, actionsTaken, actionsQuoted, milestones);
    }

    /** Whether applying the plan would change my project at all. */
    public boolean changesAnything() {
        return !takenOver.isEmpty() || !conflicts.isEmpty() || !outcomeChanges().isEmpty();
    }

    /**
     * My project with their answers brought in as decided. Undecided conflicts become open questions with
     * my answer and a note quoting both. Their authors join mine; my name, description and unknown fields
     * stay, theirs are added where I have none.
     */
    public Project apply(MergeWording wording) {
        OutcomeChanges outcome = outcomeChanges();
        Project result = mine;
        for (String id : takenOver) {
            result = result.withAnswer(id, theirs.answerOrEmpty(id));
        }
        Set<String> marks = new LinkedHashSet<>(mine.changedSinceAnswered());
        for (String id : takenOver) {
            if (theirs.isChangedSinceAnswered(id)) {
                marks.add(id);
            }
        }
        for (Conflict conflict : conflicts.values()) {
            String id = conflict.questionId();
            Resolution resolution = resolutions.get(id);
            Answer a = conflict.mine();
            Answer b = conflict.theirs();
            Answer merged;
            if (resolution == Resolution.MINE) {
                merged = a;
            } else if (resolution == Resolution.THEIRS) {
                merged = b;
                marks.remove(id);
                if (theirs.isChangedSinceAnswered(id)) {
                    marks.add(id);
                }
            } else if (resolution == Resolution.BOTH_IN_NOTE) {
                merged = a.withNote(MergeWording.append(a.note(), wording.theirsInNote(id, b)));
            } else {
                merged = a.withStatus(AnswerStatus.OPEN).withNote(MergeWording.append(a.note(),
                        wording.conflict(id, a, b)));
            }
            result = result.withAnswer(id, merged);
        }
        List<String> authors = new ArrayList<>(mine.info().authors());
        theirs.info().authors().stream().filter(author -> !authors.contains(author)).forEach(authors::add);
        Map<String, String> unknown = new LinkedHashMap<>(mine.unknown().rawJsonByName());
        theirs.unknown().rawJsonByName().forEach(unknown::putIfAbsent);
        return result.withInfo(result.info().withAuthors(authors))
                .withUnknown(new UnknownFields(unknown))
                .withChangedSinceAnswered(marks)
                .withRegister(register(outcome, wording))
                .withActions(actions(outcome, wording))
                .withMilestones(ThreeWayMerge.milestones(mine.milestones(), theirs.milestones()));
    }

    /**
     * My register with theirs brought in: entries only they have are taken over; where both decided
     * differently, mine stays and their decision is quoted in its note.
     */
    private Map<String, RiskEntry> register(OutcomeChanges changes, MergeWording wording) {
        Map<String, RiskEntry> result = new LinkedHashMap<>(mine.register());
        changes.risksTaken().forEach(id -> result.put(id, theirs.riskEntry(id)));
        for (String id : changes.risksQuoted()) {
            RiskEntry own = mine.riskEntry(id);
            result.put(id, own.withNote(MergeWording.append(own.note(), wording.riskConflict(id, theirs.riskEntry(id)))));
        }
        return result;
    }

    /** My actions and theirs; where both have one action differently, mine with theirs quoted in its note. */
    private Map<String, Action> actions(OutcomeChanges changes, MergeWording wording) {
        Map<String, Action> result = new LinkedHashMap<>(mine.actions());
        changes.actionsTaken().forEach(id -> result.put(id, theirs.actions().get(id)));
        for (String id : changes.actionsQuoted()) {
            Action own = mine.actions().get(id);
            result.put(id, own.withNote(MergeWording.append(own.note(), wording.actionConflict(theirs.actions().get(id)))));
        }
        return result;
    }
}
