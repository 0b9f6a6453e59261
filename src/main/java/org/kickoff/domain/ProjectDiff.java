package org.kickoff.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Two projects compared question by question, grouped by topic in questionnaire order, with counts; the
 * model behind "Compare with..." and {@code kickoff diff}. Answers to questions the questionnaire does not
 * have come last, in a group without a topic. Questions neither project answers are left out.
 */
public final class ProjectDiff {

    /** How a question's answers compare. */
    public enum Kind { SAME, CHANGED, ONLY_LEFT, ONLY_RIGHT }

    /** What differs in the description of the project itself. */
    public enum InfoField { QUESTIONNAIRE, NAME, DESCRIPTION, AUTHORS, MILESTONES }

    /**
     * One question: its answer on each side ({@link Answer#EMPTY} when a side has none) and the fields that
     * differ. {@code question} is empty for an answer the questionnaire does not know.
     */
    public record QuestionDiff(String questionId, Optional<Question> question, Answer left, Answer right, Kind kind,
                               Set<AnswerField> fields) {
        public QuestionDiff {
            fields = AnswerField.ordered(fields);
        }

        public boolean differs() {
            return kind != Kind.SAME;
        }
    }

    /** A topic's questions; {@code topic} is empty for the group of answers to unknown questions. */
    public record TopicDiff(Optional<Topic> topic, List<QuestionDiff> questions, Counts counts) {
        public TopicDiff {
            questions = List.copyOf(questions);
        }

        public List<QuestionDiff> differences() {
            return questions.stream().filter(QuestionDiff::differs).toList();
        }
    }

    public record Counts(int same, int changed, int onlyLeft, int onlyRight) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);

        public int differences() {
            return changed + onlyLeft + onlyRight;
        }

        Counts plus(Kind kind) {
            return switch (kind) {
                case SAME -> new Counts(same + 1, changed, onlyLeft, onlyRight);
                case CHANGED -> new Counts(same, changed + 1, onlyLeft, onlyRight);
                case ONLY_LEFT -> new Counts(same, changed, onlyLeft + 1, onlyRight);
                case ONLY_RIGHT -> new Counts(same, changed, onlyLeft, onlyRight + 1);
            };
        }

        Counts plus(Counts other) {
            return new Counts(same + other.same, changed + other.changed, onlyLeft + other.onlyLeft,
                    onlyRight + other.onlyRight);
        }
    }

    /** A difference in the project's own description; authors are joined by ", ". */
    public record InfoChange(InfoField field, String left, String right) {
    }

    /**
     * A finding whose register entry differs ({@link RiskEntry#NONE} on a side that has none); {@code fields}
     * say in what.
     */
    public record RiskChange(String findingId, RiskEntry left, RiskEntry right, Set<OutcomeFields.Risk> fields) {
        public RiskChange {
            fields = Set.copyOf(fields);
        }
    }

    /** An action that differs, or that only one side has (the other side is then empty). */
    public record ActionChange(String actionId, Optional<Action> left, Optional<Action> right,
                               Set<OutcomeFields.Work> fields) {
        public ActionChange {
            fields = Set.copyOf(fields);
        }
    }

    private final List<TopicDiff> topics;
    private final List<InfoChange> info;
    private final List<RiskChange> register;
    private final List<ActionChange> actions;
    private final Counts counts;

    private ProjectDiff(List<TopicDiff> topics, List<InfoChange> info, List<RiskChange> register,
                        List<ActionChange> actions) {
        this.topics = List.copyOf(topics);
        this.info = List.copyOf(info);
        this.register = List.copyOf(register);
        this.actions = List.copyOf(actions);
        this.counts = topics.stream().map(TopicDiff::counts).reduce(Counts.NONE, Counts::plus);
    }

    /** Compares {@code left} with {@code right}, in the order and groups of {@code questionnaire}. */
    public static ProjectDiff compare(Questionnaire questionnaire, Project left, Project right) {
        List<TopicDiff> topics = new ArrayList<>();
        for (Topic topic : questionnaire.topics()) {
            List<QuestionDiff> questions = new ArrayList<>();
            for (Question question : topic.questions()) {
                compare(question.id(), Optional.of(question), left, right).ifPresent(questions::add);
            }
            topics.add(topicDiff(Optional.of(topic), questions));
        }
        Set<String> unknown = new LinkedHashSet<>();
        for (String id : left.answers().keySet()) {
            if (questionnaire.question(id).isEmpty()) {
                unknown.add(id);
            }
        }
        for (String id : right.answers().keySet()) {
            if (questionnaire.question(id).isEmpty()) {
                unknown.add(id);
            }
        }
        List<QuestionDiff> other = new ArrayList<>();
        unknown.stream().sorted().forEach(id -> compare(id, Optional.empty(), left, right).ifPresent(other::add));
        if (!other.isEmpty()) {
            topics.add(topicDiff(Optional.empty(), other));
        }
        return new ProjectDiff(topics, info(left, right), register(left, right), actions(left, right));
    }

    /** Register entries that differ, by finding id: ours in our order, then those only theirs have. */
    private static List<RiskChange> register(Project left, Project right) {
        Set<String> ids = new LinkedHashSet<>(left.register().keySet());
        ids.addAll(right.register().keySet());
        List<RiskChange> changes = new ArrayList<>();
        for (String id : ids) {
            RiskEntry a = left.riskEntry(id);
            RiskEntry b = right.riskEntry(id);
            Set<OutcomeFields.Risk> fields = OutcomeFields.differences(a, b);
            if (!fields.isEmpty()) {
                changes.add(new RiskChange(id, a, b, fields));
            }
        }
        return changes;
    }

    private static List<ActionChange> actions(Project left, Project right) {
        Set<String> ids = new LinkedHashSet<>(left.actions().keySet());
        ids.addAll(right.actions().keySet());
        List<ActionChange> changes = new ArrayList<>();
        for (String id : ids) {
            Optional<Action> a = Optional.ofNullable(left.actions().get(id));
            Optional<Action> b = Optional.ofNullable(right.actions().get(id));
            if (a.isPresent() && b.isPresent()) {
                Set<OutcomeFields.Work> fields = OutcomeFields.differences(a.get(), b.get());
                if (!fields.isEmpty()) {
                    changes.add(new ActionChange(id, a, b, fields));
                }
            } else {
                changes.add(new ActionChange(id, a, b, Set.of()));
            }
        }
        return changes;
    }

    private static Optional<QuestionDiff> compare(String id, Optional<Question> question, Project left,
                                                  Project right) {
        Answer a = left.answerOrEmpty(id);
        Answer b = right.answerOrEmpty(id);
        boolean hasA = AnswerComparison.isPresent(a);
        boolean hasB = AnswerComparison.isPresent(b);
        if (!hasA && !hasB) {
            return Optional.empty();
        }
        Set<AnswerField> fields = AnswerComparison.differences(a, b);
        Kind kind = !hasB ? Kind.ONLY_LEFT : !hasA ? Kind.ONLY_RIGHT : fields.isEmpty() ? Kind.SAME : Kind.CHANGED;
        return Optional.of(new QuestionDiff(id, question, a, b, kind, fields));
    }

    private static TopicDiff topicDiff(Optional<Topic> topic, List<QuestionDiff> questions) {
        Counts counts = Counts.NONE;
        for (QuestionDiff question : questions) {
            counts = counts.plus(question.kind());
        }
        return new TopicDiff(topic, questions, counts);
    }

    private static List<InfoChange> info(Project left, Project right) {
        List<InfoChange> changes = new ArrayList<>();
        QuestionnaireRef a = left.questionnaire();
        QuestionnaireRef b = right.questionnaire();
        if (!Objects.equals(a, b)) {
            changes.add(new InfoChange(InfoField.QUESTIONNAIRE, a.id() + " " + a.version(), b.id() + " " + b.version()));
        }
        if (!left.info().name().strip().equals(right.info().name().strip())) {
            changes.add(new InfoChange(InfoField.NAME, left.info().name(), right.info().name()));
        }
        if (!left.info().description().strip().equals(right.info().description().strip())) {
            changes.add(new InfoChange(InfoField.DESCRIPTION, left.info().description(), right.info().description()));
        }
        if (!Set.copyOf(left.info().authors()).equals(Set.copyOf(right.info().authors()))) {
            changes.add(new InfoChange(InfoField.AUTHORS, String.join(", ", left.info().authors()),
                    String.join(", ", right.info().authors())));
        }
        List<String> leftMilestones = left.milestones().stream().map(Milestone::name).toList();
        List<String> rightMilestones = right.milestones().stream().map(Milestone::name).toList();
        if (!leftMilestones.equals(rightMilestones)) {
            changes.add(new InfoChange(InfoField.MILESTONES, String.join(", ", leftMilestones),
                    String.join(", ", rightMilestones)));
        }
        return changes;
    }

    /** Every topic in questionnaire order (also those without answers), then the group of unknown questions. */
    public List<TopicDiff> topics() {
        return topics;
    }

    public List<InfoChange> info() {
        return info;
    }

    /** The counts over all topics and the group of unknown questions. */
    public Counts counts() {
        return counts;
    }

    /** The findings whose register entries differ. */
    public List<RiskChange> register() {
        return register;
    }

    /** The actions that differ or that one side lacks. */
    public List<ActionChange> actions() {
        return actions;
    }

    /** Nothing a user would notice differs. */
    public boolean isEqual() {
        return counts.differences() == 0 && info.isEmpty() && register.isEmpty() && actions.isEmpty();
    }

    public Optional<QuestionDiff> question(String questionId) {
        return topics.stream().flatMap(t -> t.questions().stream())
                .filter(q -> q.questionId().equals(questionId)).findFirst();
    }
}
