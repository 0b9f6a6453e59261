package org.kickoff.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a questionnaire for what would break the wizard or the summary: duplicate ids, references to
 * questions or options that do not exist, conditions that look forward or in a circle, missing
 * translations and question types without their parts. Locations are JSON paths into the questionnaire.
 *
 * <p>The work a questionnaire can cause is bounded: it may have at most {@link #MAX_LANGUAGES} languages,
 * {@link #MAX_QUESTIONS} questions and so on (a larger one is refused before anything else is checked),
 * conditions may depend on each other at most {@link #MAX_CHAIN} questions deep (evaluating them is
 * recursive), and only the first {@link ProblemList#LIMIT} problems are kept.
 */
public final class QuestionnaireCheck {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");
    /** Like 1.2.0, 2026-11 or 1.0.0-rc.1+build.5: letters, digits, ".", "+", "-", starting with a letter or digit. */
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+-]{0,39}");

    /** Far more than any team writes, small enough that checking and printing stay quick. */
    static final int MAX_LANGUAGES = 50;
    static final int MAX_TOPICS = 500;
    static final int MAX_QUESTIONS = 5_000;
    /** Options, units or columns of one question. */
    static final int MAX_PARTS = 500;
    static final int MAX_RISKS = 2_000;
    /** The longest chain of questions whose conditions depend on each other (a -> b -> c is 3). */
    static final int MAX_CHAIN = 50;

    private final Questionnaire questionnaire;
    private final ProblemList problems = new ProblemList();
    private final Map<String, Integer> topicIndexOfQuestion = new HashMap<>();
    private final QuestionType.DefinitionCheck definitionCheck = new QuestionType.DefinitionCheck() {
        @Override
        public void id(String at, String id, Set<String> seen) {
            QuestionnaireCheck.this.id(at, id, seen);
        }

        @Override
        public void texts(String at, LocalizedText text) {
            QuestionnaireCheck.this.texts(at, text);
        }

        @Override
        public void problem(Problem problem) {
            problems.add(problem);
        }
    };

    private QuestionnaireCheck(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    /** The first {@link ProblemList#LIMIT} problems; an empty list means the questionnaire is fine. */
    public static List<Problem> check(Questionnaire questionnaire) {
        return problems(questionnaire).kept();
    }

    /** The problems, with how many there are in all. */
    public static ProblemList problems(Questionnaire questionnaire) {
        QuestionnaireCheck check = new QuestionnaireCheck(questionnaire);
        if (check.withinSize()) {
            check.run();
        }
        return check.problems;
    }

    /** Whether an id (of a questionnaire, topic, question, option...) has the form ids must have. */
    static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Whether a questionnaire version has the form versions must have (no paths, no essays). */
    static boolean isValidVersion(String version) {
        return version != null && VERSION.matcher(version).matches();
    }

    /** Refuses a questionnaire too large to check and print quickly, before the checks multiply its size. */
    private boolean withinSize() {
        limit("$.languages", questionnaire.languages().size(), MAX_LANGUAGES);
        limit("$.topics", questionnaire.topics().size(), MAX_TOPICS);
        int questions = 0;
        for (int t = 0; t < questionnaire.topics().size(); t++) {
            List<Question> topicQuestions = questionnaire.topics().get(t).questions();
            questions += topicQuestions.size();
            for (int q = 0; q < topicQuestions.size(); q++) {
                Question question = topicQuestions.get(q);
                String at = "$.topics[" + t + "].questions[" + q + "]";
                for (Map.Entry<String, Integer> parts : question.type().partCounts().entrySet()) {
                    limit(at + "." + parts.getKey(), parts.getValue(), MAX_PARTS);
                }
            }
        }
        limit("$.topics", questions, MAX_QUESTIONS);
        limit("$.risks", questionnaire.risks().size(), MAX_RISKS);
        return problems.isEmpty();
    }

    private void limit(String at, int count, int max) {
        if (count > max) {
            problems.add(at, "questionnaire.too-many", count, max);
        }
    }

    private void run() {
        if (!isValidVersion(questionnaire.version())) {
            problems.add("$.version", "questionnaire.bad-version", questionnaire.version());
        }
        if (questionnaire.languages().isEmpty()) {
            problems.add("$.languages", "questionnaire.no-languages");
        }
        if (!ID.matcher(questionnaire.id()).matches()) {
            problems.add("$.id", "questionnaire.bad-id", questionnaire.id());
        }
        if (questionnaire.topics().isEmpty()) {
            problems.add("$.topics", "questionnaire.no-topics");
        }
        texts("$.title", questionnaire.title());
        Set<String> topicIds = new HashSet<>();
        Set<String> questionIds = new HashSet<>();
        for (int t = 0; t < questionnaire.topics().size(); t++) {
            Topic topic = questionnaire.topics().get(t);
            String at = "$.topics[" + t + "]";
            id(at + ".id", topic.id(), topicIds);
            texts(at + ".title", topic.title());
            for (int q = 0; q < topic.questions().size(); q++) {
                Question question = topic.questions().get(q);
                id(at + ".questions[" + q + "].id", question.id(), questionIds);
                topicIndexOfQuestion.putIfAbsent(question.id(), t);
            }
        }
        for (int t = 0; t < questionnaire.topics().size(); t++) {
            Topic topic = questionnaire.topics().get(t);
            for (int q = 0; q < topic.questions().size(); q++) {
                question("$.topics[" + t + "].questions[" + q + "]", t, topic.questions().get(q));
            }
        }
        cycles();
        Set<String> riskIds = new HashSet<>();
        for (int r = 0; r < questionnaire.risks().size(); r++) {
            RiskRule rule = questionnaire.risks().get(r);
            String at = "$.risks[" + r + "]";
            id(at + ".id", rule.id(), riskIds);
            texts(at + ".title", rule.title());
            texts(at + ".explanation", rule.explanation());
            texts(at + ".recommendation", rule.recommendation());
            references(at + ".when", rule.when(), Integer.MAX_VALUE);
            for (int i = 0; i < rule.questions().size(); i++) {
                if (questionnaire.question(rule.questions().get(i)).isEmpty()) {
                    problems.add(at + ".questions[" + i + "]", "questionnaire.unknown-question",
                            rule.questions().get(i));
                }
            }
            references(at, rule.references());
        }
    }

    private void question(String at, int topicIndex, Question question) {
        texts(at + ".text", question.text());
        texts(at + ".guidance", question.guidance());
        if (question.isDecision()) {
            texts(at + ".decision", question.decision());
        }
        if (!question.placeholder().texts().isEmpty()) {
            texts(at + ".placeholder", question.placeholder());
        }
        references(at, question.references());
        question.type().checkDefinition(at, question.id(), definitionCheck);
        references(at + ".visibleIf", question.visibleIf(), topicIndex);
    }

    /** Every test names an existing question (on this or an earlier topic) and, for options, an existing one. */
    private void references(String at, Condition condition, int maxTopicIndex) {
        for (Condition.Test test : condition.tests()) {
            var target = questionnaire.question(test.questionId());
            if (target.isEmpty()) {
                problems.add(at, "questionnaire.unknown-question", test.questionId());
                continue;
            }
            if (topicIndexOfQuestion.getOrDefault(test.questionId(), 0) > maxTopicIndex) {
                problems.add(at, "questionnaire.forward-reference", test.questionId());
            }
            QuestionType<?> type = target.get().type();
            if (!type.accepts(test)) {
                problems.add(at, "questionnaire.test-type", test.source(), type.fileName());
                continue;
            }
            String option = test instanceof Condition.Has has ? has.optionId()
                    : test instanceof Condition.Equals eq && eq.literal() instanceof String s ? s : null;
            if (option != null && !type.hasOption(option)) {
                problems.add(at, "questionnaire.unknown-option", test.questionId(), option);
            }
        }
    }

    /**
     * Finds conditions that depend on each other in a circle, and chains longer than {@link #MAX_CHAIN}:
     * a depth-first search with its own stack (a chain of thousands of questions must not overflow the
     * thread's), visiting questions in questionnaire order and each condition's tests in order.
     */
    private void cycles() {
        Map<String, Integer> state = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        String deepest = null;
        for (Question question : questionnaire.questions()) {
            visit(question.id(), state, depth);
            if (depth.getOrDefault(question.id(), 0) > MAX_CHAIN
                    && (deepest == null || depth.get(question.id()) > depth.get(deepest))) {
                deepest = question.id();
            }
        }
        if (deepest != null) {
            problems.add("$.topics", "questionnaire.chain-too-long", deepest, depth.get(deepest), MAX_CHAIN);
        }
    }

    /** One question on the search's stack, with the index of the next test of its condition to follow. */
    private static final class Frame {
        final String questionId;
        final List<Condition.Test> tests;
        int next;
        int depth = 1;

        Frame(String questionId, List<Condition.Test> tests) {
            this.questionId = questionId;
            this.tests = tests;
        }
    }

    /** State 1 = on the current path, 2 = done; {@code depth} = the longest chain starting at a done question. */
    private void visit(String start, Map<String, Integer> state, Map<String, Integer> depth) {
        if (state.containsKey(start) || questionnaire.question(start).isEmpty()) {
            return;
        }
        Deque<Frame> stack = new ArrayDeque<>();
        List<String> path = new ArrayList<>();
        Map<String, Integer> positionOnPath = new HashMap<>();
        stack.push(new Frame(start, questionnaire.question(start).get().visibleIf().tests()));
        state.put(start, 1);
        positionOnPath.put(start, path.size());
        path.add(start);
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (frame.next == frame.tests.size()) {
                stack.pop();
                positionOnPath.remove(path.remove(path.size() - 1));
                state.put(frame.questionId, 2);
                depth.put(frame.questionId, frame.depth);
                if (!stack.isEmpty()) {
                    stack.peek().depth = Math.max(stack.peek().depth, frame.depth + 1);
                }
                continue;
            }
            String next = frame.tests.get(frame.next++).questionId();
            Integer s = state.get(next);
            if (s != null) {
                if (s == 1) {
                    int from = positionOnPath.get(next);
                    problems.add(() -> {
                        List<String> cycle = new ArrayList<>(path.subList(from, path.size()));
                        cycle.add(next);
                        return Problem.at("$.topics", "questionnaire.cycle", String.join(" -> ", cycle));
                    });
                } else {
                    frame.depth = Math.max(frame.depth, depth.get(next) + 1);
                }
                continue;
            }
            var question = questionnaire.question(next);
            if (question.isEmpty()) {
                continue;
            }
            state.put(next, 1);
            positionOnPath.put(next, path.size());
            path.add(next);
            stack.push(new Frame(next, question.get().visibleIf().tests()));
        }
    }

    private void id(String at, String id, Set<String> seen) {
        if (!isValidId(id)) {
            problems.add(at, "questionnaire.bad-id", id);
        } else if (!seen.add(id)) {
            problems.add(at, "questionnaire.duplicate-id", id);
        }
    }

    /**
     * Every reference names a known source and an item as that source numbers it. The reader puts the
     * reference of a {@code factor} field after those of {@code references} and checks it itself, so the
     * index here is the one in the file's {@code references}.
     */
    private void references(String at, List<Reference> references) {
        for (int i = 0; i < references.size(); i++) {
            Reference reference = references.get(i);
            String where = at + ".references[" + i + "]";
            var source = reference.knownSource();
            if (source.isEmpty()) {
                problems.add(where + ".source", "questionnaire.unknown-reference-source", reference.source(),
                        knownSources());
            } else if (!source.get().accepts(reference.item())) {
                problems.add(where + ".item", "questionnaire.bad-reference", reference.item(), reference.source(),
                        source.get().example());
            }
        }
    }

    private static String knownSources() {
        return String.join(", ", java.util.Arrays.stream(ReferenceSource.values()).map(ReferenceSource::fileName)
                .toList());
    }

    private void texts(String at, LocalizedText text) {
        for (String language : questionnaire.languages()) {
            if (text == null || !text.has(language)) {
                problems.add(at, "questionnaire.missing-text", language);
            }
        }
    }
}
