package org.kickoff.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The merge git needs: two versions ("ours", "theirs") of one project that both started from a common
 * "base". Each field of each answer (value, status, owner, due date, reason, note) is merged on its own: a
 * field one side left as it was takes the other side's change; a field both changed alike takes that
 * change; a field both changed differently is a conflict. A conflicting question keeps our answer, becomes
 * open and gets a note quoting both answers, so the file stays valid and nothing is lost. The project's
 * name, description and authors are merged the same way, and a field both changed differently is a
 * conflict too: the name and description keep ours with theirs quoted in them, the authors keep everyone
 * either side has. The questionnaire reference and unknown fields keep ours where both changed.
 */
public final class ThreeWayMerge {

    /**
     * The merged project, the questions left open because both sides changed them differently, and the
     * project's own fields (name, description, authors) both changed differently.
     */
    public record Result(Project merged, List<String> conflicts, List<ProjectDiff.InfoField> infoConflicts,
                         List<String> riskConflicts, List<String> actionConflicts) {
        public Result {
            conflicts = List.copyOf(conflicts);
            infoConflicts = List.copyOf(infoConflicts);
            riskConflicts = List.copyOf(riskConflicts);
            actionConflicts = List.copyOf(actionConflicts);
        }

        public Result(Project merged, List<String> conflicts, List<ProjectDiff.InfoField> infoConflicts) {
            this(merged, conflicts, infoConflicts, List.of(), List.of());
        }

        public boolean isClean() {
            return conflicts.isEmpty() && infoConflicts.isEmpty() && riskConflicts.isEmpty()
                    && actionConflicts.isEmpty();
        }
    }

    private ThreeWayMerge() {
    }

    public static Result merge(Project base, Project ours, Project theirs, MergeWording wording) {
        Set<String> ids = new LinkedHashSet<>(ours.answers().keySet());
        ids.addAll(theirs.answers().keySet());
        ids.addAll(base.answers().keySet());
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<String> conflicts = new ArrayList<>();
        for (String id : ids) {
            Answer b = base.answerOrEmpty(id);
            Answer o = ours.answerOrEmpty(id);
            Answer t = theirs.answerOrEmpty(id);
            Answer merged = mergeFields(b, o, t);
            if (merged == null) {
                conflicts.add(id);
                merged = o.withStatus(AnswerStatus.OPEN).withNote(MergeWording.append(o.note(),
                        wording.conflict(id, o, t)));
            }
            if (!merged.isEmpty()) {
                answers.put(id, merged);
            }
        }
        List<ProjectDiff.InfoField> infoConflicts = new ArrayList<>();
        ProjectInfo b = base.info();
        ProjectInfo o = ours.info();
        ProjectInfo t = theirs.info();
        String name = pick(b.name(), o.name(), t.name(), ThreeWayMerge::sameText);
        if (bothChanged(b.name(), o.name(), t.name(), ThreeWayMerge::sameText)) {
            infoConflicts.add(ProjectDiff.InfoField.NAME);
            name = wording.nameConflict(o.name(), t.name());
        }
        String description = pick(b.description(), o.description(), t.description(), ThreeWayMerge::sameText);
        if (bothChanged(b.description(), o.description(), t.description(), ThreeWayMerge::sameText)) {
            infoConflicts.add(ProjectDiff.InfoField.DESCRIPTION);
            description = MergeWording.append(o.description(), wording.descriptionConflict(t.description()));
        }
        List<String> authors = List.copyOf(elements(b.authors(), o.authors(), t.authors()));
        if (bothChanged(Set.copyOf(b.authors()), Set.copyOf(o.authors()), Set.copyOf(t.authors()), Objects::equals)) {
            infoConflicts.add(ProjectDiff.InfoField.AUTHORS);
            Set<String> everyone = new LinkedHashSet<>(o.authors());
            everyone.addAll(t.authors());
            authors = List.copyOf(everyone);
        }
        ProjectInfo info = o.withName(name).withDescription(description).withAuthors(authors)
                .withModified(later(o.modified(), t.modified()));
        info = new ProjectInfo(info.name(), info.description(), info.authors(), info.created(), info.modified(),
                unknown(base.info().unknown(), ours.info().unknown(), theirs.info().unknown()));
        Set<String> marks = elements(base.changedSinceAnswered(), ours.changedSinceAnswered(),
                theirs.changedSinceAnswered());
        marks.retainAll(answers.keySet());
        List<String> riskConflicts = new ArrayList<>();
        Map<String, RiskEntry> register = register(base, ours, theirs, wording, riskConflicts);
        List<String> actionConflicts = new ArrayList<>();
        Map<String, Action> actions = actions(base, ours, theirs, wording, actionConflicts);
        Project merged = new Project(info,
                pick(base.questionnaire(), ours.questionnaire(), theirs.questionnaire(), Objects::equals),
                answers, unknown(base.unknown(), ours.unknown(), theirs.unknown()), marks, register, actions,
                milestones(ours.milestones(), theirs.milestones()));
        return new Result(merged, conflicts, infoConflicts, riskConflicts, actionConflicts);
    }

    /**
     * The register merged entry by entry and field by field, as answers are. Where both sides changed a field
     * differently, ours is kept with theirs quoted in its note, and the finding is open again: a decision
     * that two people made differently is no decision yet (and a gate in CI says so).
     */
    private static Map<String, RiskEntry> register(Project base, Project ours, Project theirs, MergeWording wording,
                                                   List<String> conflicts) {
        Set<String> ids = new LinkedHashSet<>(ours.register().keySet());
        ids.addAll(theirs.register().keySet());
        ids.addAll(base.register().keySet());
        Map<String, RiskEntry> result = new LinkedHashMap<>();
        for (String id : ids) {
            RiskEntry b = base.riskEntry(id);
            RiskEntry o = ours.riskEntry(id);
            RiskEntry t = theirs.riskEntry(id);
            RiskEntry merged = o;
            boolean conflict = false;
            for (OutcomeFields.Risk field : OutcomeFields.Risk.values()) {
                if (OutcomeFields.same(field, o, t) || OutcomeFields.same(field, b, t)) {
                    continue;
                }
                if (OutcomeFields.same(field, b, o)) {
                    merged = OutcomeFields.take(field, merged, t);
                } else {
                    conflict = true;
                }
            }
            if (conflict) {
                conflicts.add(id);
                merged = o.withState(RiskState.OPEN).withNote(MergeWording.append(o.note(), wording.riskConflict(id, t)));
            }
            if (o.isEmpty() && !t.unknown().isEmpty()) {
                merged = merged.withUnknown(t.unknown());
            }
            if (!merged.isEmpty()) {
                result.put(id, merged);
            }
        }
        return result;
    }

    /**
     * Actions merged by id, field by field: an action one side added is kept, one side removed (and the other
     * left as it was) goes; where both changed a field differently, ours is kept with theirs quoted in its
     * note. An action one side removed and the other changed is kept: the change says someone still wants it.
     */
    private static Map<String, Action> actions(Project base, Project ours, Project theirs, MergeWording wording,
                                               List<String> conflicts) {
        Set<String> ids = new LinkedHashSet<>(ours.actions().keySet());
        ids.addAll(theirs.actions().keySet());
        ids.addAll(base.actions().keySet());
        Map<String, Action> result = new LinkedHashMap<>();
        for (String id : ids) {
            Action b = base.actions().get(id);
            Action o = ours.actions().get(id);
            Action t = theirs.actions().get(id);
            if (o == null || t == null) {
                Action only = o != null ? o : t;
                // kept unless the other side removed it as the base had it
                if (only != null && (b == null || !OutcomeFields.differences(b, only).isEmpty())) {
                    result.put(id, only);
                }
                continue;
            }
            Action base0 = b == null ? o : b;
            Action merged = o;
            boolean conflict = false;
            for (OutcomeFields.Work field : OutcomeFields.Work.values()) {
                if (OutcomeFields.same(field, o, t) || OutcomeFields.same(field, base0, t)) {
                    continue;
                }
                if (OutcomeFields.same(field, base0, o)) {
                    merged = OutcomeFields.take(field, merged, t);
                } else {
                    conflict = true;
                }
            }
            if (conflict) {
                conflicts.add(id);
                merged = o.withNote(MergeWording.append(o.note(), wording.actionConflict(t)));
            }
            result.put(id, merged);
        }
        return result;
    }

    /**
     * Both sides' milestones, in the order they were recorded; one both have (same name, time and content) once.
     * A milestone of theirs whose name ours already uses for another snapshot gets a number, so that names
     * stay unique.
     */
    static List<Milestone> milestones(List<Milestone> ours, List<Milestone> theirs) {
        List<Milestone> all = new ArrayList<>(ours);
        Set<String> names = new java.util.HashSet<>();
        ours.forEach(m -> names.add(m.name()));
        for (Milestone milestone : theirs) {
            if (all.contains(milestone)) {
                continue;
            }
            String name = milestone.name();
            for (int n = 2; names.contains(name); n++) {
                name = milestone.name() + " (" + n + ")";
            }
            names.add(name);
            all.add(new Milestone(name, milestone.at(), milestone.answers(), milestone.register(),
                    milestone.unknown()));
        }
        all.sort(java.util.Comparator.comparing(Milestone::at, java.util.Comparator.nullsFirst(
                java.util.Comparator.naturalOrder())));
        return all;
    }

    /** Both sides changed the value, each to something else. */
    private static <T> boolean bothChanged(T base, T ours, T theirs, BiPredicate<T, T> same) {
        return !same.test(base, ours) && !same.test(base, theirs) && !same.test(ours, theirs);
    }

    /** The answer merged field by field, or {@code null} when a field conflicts. */
    private static Answer mergeFields(Answer base, Answer ours, Answer theirs) {
        Answer result = ours;
        for (AnswerField field : AnswerField.values()) {
            if (AnswerComparison.sameField(field, ours, theirs) || AnswerComparison.sameField(field, base, theirs)) {
                continue;
            }
            if (!AnswerComparison.sameField(field, base, ours)) {
                return null;
            }
            result = take(field, result, theirs);
        }
        // fields a newer Kickoff wrote follow the side that has the answer
        if (ours.isEmpty() && !theirs.unknown().isEmpty()) {
            result = result.withUnknown(theirs.unknown());
        }
        return result;
    }

    private static Answer take(AnswerField field, Answer into, Answer from) {
        return switch (field) {
            case VALUE -> into.withValue(from.value());
            case STATUS -> into.withStatus(from.status());
            case OWNER -> into.withOwner(from.owner());
            case DUE -> into.withDue(from.due());
            case REASON -> into.withReason(from.reason());
            case NOTE -> into.withNote(from.note());
            case DRAFTS -> into.withDrafts(from.drafts());
        };
    }

    /** The three-way choice for one value: the side that changed it; ours when both did. */
    static <T> T pick(T base, T ours, T theirs, BiPredicate<T, T> same) {
        if (same.test(base, ours) && !same.test(base, theirs)) {
            return theirs;
        }
        return ours;
    }

    /**
     * A set merged element by element: an element stays, arrives or goes as the side that changed it says.
     * Ours first, in their order, then what theirs added.
     */
    static <T> Set<T> elements(Iterable<T> base, Iterable<T> ours, Iterable<T> theirs) {
        Set<T> b = new LinkedHashSet<>();
        base.forEach(b::add);
        Set<T> o = new LinkedHashSet<>();
        ours.forEach(o::add);
        Set<T> t = new LinkedHashSet<>();
        theirs.forEach(t::add);
        Set<T> result = new LinkedHashSet<>();
        Set<T> all = new LinkedHashSet<>(o);
        all.addAll(t);
        all.addAll(b);
        for (T element : all) {
            boolean inOurs = o.contains(element);
            boolean keep = inOurs == t.contains(element) ? inOurs
                    : inOurs == b.contains(element) ? t.contains(element) : inOurs;
            if (keep) {
                result.add(element);
            }
        }
        return result;
    }

    private static UnknownFields unknown(UnknownFields base, UnknownFields ours, UnknownFields theirs) {
        Set<String> names = new LinkedHashSet<>(ours.rawJsonByName().keySet());
        names.addAll(theirs.rawJsonByName().keySet());
        names.addAll(base.rawJsonByName().keySet());
        Map<String, String> result = new LinkedHashMap<>();
        for (String name : names) {
            String value = pick(base.rawJsonByName().get(name), ours.rawJsonByName().get(name),
                    theirs.rawJsonByName().get(name), Objects::equals);
            if (value != null) {
                result.put(name, value);
            }
        }
        return result.isEmpty() ? UnknownFields.NONE : new UnknownFields(result);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isAfter(b) ? a : b;
    }

    private static boolean sameText(String a, String b) {
        return a.strip().equals(b.strip());
    }
}
