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
    public record Result(Project merged, List<String> conflicts, List<ProjectDiff.InfoField> infoConflicts) {
        public Result {
            conflicts = List.copyOf(conflicts);
            infoConflicts = List.copyOf(infoConflicts);
        }

        public boolean isClean() {
            return conflicts.isEmpty() && infoConflicts.isEmpty();
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
        Project merged = new Project(info,
                pick(base.questionnaire(), ours.questionnaire(), theirs.questionnaire(), Objects::equals),
                answers, unknown(base.unknown(), ours.unknown(), theirs.unknown()), marks);
        return new Result(merged, conflicts, infoConflicts);
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
