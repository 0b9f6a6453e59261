package org.kickoff.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Moving a project to a newer version of its questionnaire (same id). Answers are carried over by question
 * id and never dropped. The plan says what the user should look at: answered questions whose wording, type
 * or options (also units and columns) changed since they were answered, which are marked until the user
 * confirms them; answers to questions the new version no longer has, which are kept; questions the new
 * version adds; and answers whose value no longer fits (a removed option, a changed type), which are kept
 * as they were and reported.
 */
public final class QuestionnaireUpgrade {

    /** An answer kept as it was although it no longer fits its question; {@code problems} say why. */
    public record InvalidAnswer(String questionId, List<Problem> problems) {
        public InvalidAnswer {
            problems = List.copyOf(problems);
        }
    }

    private final Optional<Questionnaire> old;
    private final Questionnaire current;
    private final Project project;
    private final List<String> changed;
    private final List<String> removed;
    private final List<String> added;
    private final List<InvalidAnswer> invalid;

    private QuestionnaireUpgrade(Optional<Questionnaire> old, Questionnaire current, Project project,
                                 List<String> changed, List<String> removed, List<String> added,
                                 List<InvalidAnswer> invalid) {
        this.old = old;
        this.current = current;
        this.project = project;
        this.changed = List.copyOf(changed);
        this.removed = List.copyOf(removed);
        this.added = List.copyOf(added);
        this.invalid = List.copyOf(invalid);
    }

    /**
     * The plan to move {@code project}, which answers {@code old}, to {@code current}.
     *
     * @throws IllegalArgumentException when the two are different questionnaires (different ids)
     */
    public static QuestionnaireUpgrade plan(Questionnaire old, Questionnaire current, Project project) {
        return plan(Optional.of(old), current, project);
    }

    /**
     * The plan when the version the project answered is not at hand (an old file without a copy of its
     * questionnaire): removed questions and answers that no longer fit are found, changed wording cannot be.
     */
    public static QuestionnaireUpgrade planWithoutOld(Questionnaire current, Project project) {
        return plan(Optional.empty(), current, project);
    }

    private static QuestionnaireUpgrade plan(Optional<Questionnaire> old, Questionnaire current, Project project) {
        if (old.isPresent() && !old.get().id().equals(current.id())) {
            throw new IllegalArgumentException("not the same questionnaire: " + old.get().id() + ", " + current.id());
        }
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<InvalidAnswer> invalid = new ArrayList<>();
        for (Map.Entry<String, Answer> entry : project.answers().entrySet()) {
            String id = entry.getKey();
            Answer answer = entry.getValue();
            Optional<Question> now = current.question(id);
            if (now.isEmpty()) {
                if (AnswerComparison.isPresent(answer)) {
                    removed.add(id);
                }
                continue;
            }
            Optional<Question> then = old.flatMap(q -> q.question(id));
            if (then.isPresent() && !sameMeaning(then.get(), now.get()) && AnswerComparison.isPresent(answer)) {
                changed.add(id);
            }
            List<Problem> problems = ProjectCheck.check(new Project(project.info(),
                    new QuestionnaireRef(current.id(), current.version()), Map.of(id, answer), UnknownFields.NONE),
                    current);
            if (!problems.isEmpty()) {
                invalid.add(new InvalidAnswer(id, problems));
            }
        }
        List<String> added = new ArrayList<>();
        if (old.isPresent()) {
            for (String id : current.questionIds()) {
                if (old.get().question(id).isEmpty()) {
                    added.add(id);
                }
            }
        }
        List<String> order = current.questionIds();
        changed.sort((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
        invalid.sort((a, b) -> Integer.compare(order.indexOf(a.questionId()), order.indexOf(b.questionId())));
        removed.sort(null);
        return new QuestionnaireUpgrade(old, current, project, changed, removed, added, invalid);
    }

    /** Whether the question asks the same as before: the guidance, condition or factor may change freely. */
    static boolean sameMeaning(Question a, Question b) {
        return a.type().sameMeaning(b.type()) && a.text().equals(b.text());
    }

    /** Whether the version the project answered was at hand, so that changed wording could be found. */
    public boolean knowsOldVersion() {
        return old.isPresent();
    }

    public Questionnaire current() {
        return current;
    }

    /** Answered questions whose wording, type or options changed: marked "changed since you answered". */
    public List<String> changed() {
        return changed;
    }

    /** Answered questions the new version no longer has; their answers are kept. */
    public List<String> removed() {
        return removed;
    }

    /** Questions the new version adds. */
    public List<String> added() {
        return added;
    }

    /** Answers kept as they were that no longer fit their question. */
    public List<InvalidAnswer> invalid() {
        return invalid;
    }

    /** Whether there is anything to tell the user. */
    public boolean hasFindings() {
        return !changed.isEmpty() || !removed.isEmpty() || !added.isEmpty() || !invalid.isEmpty();
    }

    /**
     * The project moved to the new version: the same answers, the new questionnaire reference, and the
     * changed questions marked (earlier marks not yet confirmed stay). Answers that no longer fit are
     * marked too, so that the user sees them at their question, and the saved file (which answers the new
     * version) is still one that {@link ProjectCheck} accepts until they are confirmed or corrected.
     */
    public Project apply() {
        Set<String> marks = new LinkedHashSet<>(project.changedSinceAnswered());
        marks.addAll(changed);
        invalid.forEach(answer -> marks.add(answer.questionId()));
        return project.withQuestionnaire(current.ref()).withChangedSinceAnswered(marks);
    }

    @Override
    public String toString() {
        return "QuestionnaireUpgrade[" + old.map(Questionnaire::version).orElse("?") + " -> " + current.version()
                + ", changed " + changed + ", removed " + removed + ", added " + added.size() + ", invalid "
                + invalid.stream().map(InvalidAnswer::questionId).toList() + "]";
    }
}
