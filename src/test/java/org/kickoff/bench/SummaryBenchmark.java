package org.kickoff.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kickoff.domain.Answer;
import org.kickoff.domain.Choice;
import org.kickoff.domain.Condition;
import org.kickoff.domain.ConditionException;
import org.kickoff.domain.ListType;
import org.kickoff.domain.LocalizedText;
import org.kickoff.domain.MultiChoiceType;
import org.kickoff.domain.NamedItem;
import org.kickoff.domain.NumberType;
import org.kickoff.domain.Project;
import org.kickoff.domain.Question;
import org.kickoff.domain.QuestionType;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.Reference;
import org.kickoff.domain.RiskLevel;
import org.kickoff.domain.RiskRule;
import org.kickoff.domain.SingleChoiceType;
import org.kickoff.domain.TextType;
import org.kickoff.domain.Topic;
import org.kickoff.domain.Value;
import org.kickoff.domain.YesNoType;
import org.kickoff.i18n.Messages;
import org.kickoff.report.ExportFormat;
import org.kickoff.report.ExportOptions;
import org.kickoff.report.Summary;

/**
 * How long the summary takes for a big questionnaire: 2,000 questions of every type in 40 topics, all
 * answered. Times each step after a warm-up and prints the medians. A command, not a test:
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.kickoff.bench.SummaryBenchmark</pre>
 *
 * Arguments (via {@code -Dexec.args="..."}): {@code --topics N}, {@code --per-topic N}, {@code --reps N}
 * (repetitions of the fast steps; the PDF gets at most 3). Steps are a list, so that more (such as
 * rendering the in-app view) can be added with {@link #steps}.
 */
public final class SummaryBenchmark {

    /** One timed step: what it is called, how often it is repeated, and the work (returning something to keep). */
    public record Step(String name, int warmups, int reps, Callable<Object> work) {
    }

    private SummaryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int topics = intArg(args, "--topics", 40);
        int perTopic = intArg(args, "--per-topic", 50);
        int reps = intArg(args, "--reps", 7);
        System.setProperty("java.awt.headless", "true");
        Questionnaire questionnaire = questionnaire(topics, perTopic);
        Project project = answerAll(questionnaire);
        System.out.printf(Locale.ROOT, "Kickoff summary benchmark: %d questions in %d topics, %d risk rules, all answered%n",
                questionnaire.questions().size(), topics, questionnaire.risks().size());
        System.out.printf(Locale.ROOT, "Java %s, %d processors%n%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        List<Step> steps = steps(questionnaire, project, reps);
        System.out.printf(Locale.ROOT, "%-28s %10s %10s %10s %6s  %s%n", "step", "median ms", "min ms", "max ms", "reps",
                "output");
        for (Step step : steps) {
            Object result = null;
            for (int i = 0; i < step.warmups(); i++) {
                result = step.work().call();
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < step.reps(); i++) {
                long start = System.nanoTime();
                result = step.work().call();
                times.add((System.nanoTime() - start) / 1e6);
            }
            times.sort(null);
            System.out.printf(Locale.ROOT, "%-28s %10.1f %10.1f %10.1f %6d  %s%n", step.name(), median(times),
                    times.get(0), times.get(times.size() - 1), step.reps(), describe(result));
        }
        if (toolkitStarted) {
            // the JavaFX thread is not a daemon: without this the benchmark would never end
            javafx.application.Platform.exit();
        }
    }

    /** The steps to time. */
    public static List<Step> steps(Questionnaire questionnaire, Project project, int reps) throws Exception {
        Messages messages = Messages.forLanguage("en");
        LocalDate today = LocalDate.of(2026, 11, 20);
        Summary summary = Summary.of(questionnaire, project, messages, today);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("build summary model", 3, reps,
                () -> Summary.of(questionnaire, project, messages, today)));
        for (ExportFormat format : List.of(ExportFormat.HTML, ExportFormat.MARKDOWN, ExportFormat.CSV)) {
            steps.add(new Step("write " + format.name() + " (from model)", 3, reps,
                    () -> format.exporter().export(summary, ExportOptions.A4)));
        }
        steps.add(new Step("render in-app view", 2, reps, () -> renderView(summary, messages, today)));
        steps.add(new Step("write PDF A4 (from model)", 1, Math.min(reps, 3),
                () -> ExportFormat.PDF.exporter().export(summary, ExportOptions.A4)));
        return steps;
    }

    private static boolean toolkitStarted;

    /**
     * Builds the summary page's nodes and lays them out in a scene 1280 pixels wide, as the window would:
     * the time from model to a page ready to draw. Uses the headless Monocle toolkit when there is no display.
     */
    static Object renderView(Summary summary, Messages messages, LocalDate today) throws Exception {
        if (!toolkitStarted) {
            if (System.getenv("DISPLAY") == null) {
                System.setProperty("glass.platform", "Monocle");
                System.setProperty("monocle.platform", "Headless");
                System.setProperty("prism.order", "sw");
            }
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            javafx.application.Platform.startup(started::countDown);
            started.await();
            // the window's theme: without it the page's colour lookups would not resolve
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            toolkitStarted = true;
        }
        java.util.concurrent.CompletableFuture<Integer> done = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            javafx.scene.layout.VBox page = new javafx.scene.layout.VBox(
                    org.kickoff.ui.summary.SummaryView.sections(summary, messages, id -> { })
                            .toArray(javafx.scene.Node[]::new));
            // the page as the scene's root, so that CSS and layout reach every node (a scroll pane's content
            // joins the scene only with the pane's skin)
            javafx.scene.Scene scene = new javafx.scene.Scene(page, 1200, 800);
            scene.getStylesheets().add(SummaryBenchmark.class.getResource("/css/kickoff.css").toExternalForm());
            page.applyCss();
            page.layout();
            page.resize(1200, page.prefHeight(1200));
            page.layout();
            done.complete((int) page.getHeight());
        });
        return done.get() + " px tall page";
    }

    private static String describe(Object result) {
        if (result instanceof byte[] bytes) {
            return String.format(Locale.ROOT, "%,d bytes", bytes.length);
        }
        if (result instanceof Summary s) {
            return s.risks().size() + " risks, " + s.appendix().stream().mapToInt(t -> t.entries().size()).sum()
                    + " appendix rows";
        }
        return result instanceof String text ? text : "";
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    private static LocalizedText text(String en) {
        return LocalizedText.of(en, en + " (de)");
    }

    /** One question of every kind, with the parts each needs. */
    static List<QuestionType<?>> everyKind() {
        List<Choice> options = List.of(new Choice("alpha", text("Alpha option"), false),
                new Choice("beta", text("Beta option"), false), new Choice("gamma", text("Gamma option"), false),
                new Choice("none", text("None"), true));
        return List.of(new YesNoType(), new SingleChoiceType(options, true), new MultiChoiceType(options, true),
                new TextType(false), new TextType(true),
                new NumberType(List.of(new NamedItem("gb", text("GB")), new NamedItem("tb", text("TB"))), null, null),
                new ListType(List.of(new NamedItem("name", text("Name")), new NamedItem("role", text("Role")))));
    }

    /** Every type in turn; each topic has a follow-up and a risk rule, every fifth question a risk if unanswered. */
    static Questionnaire questionnaire(int topicCount, int perTopic) throws ConditionException {
        List<QuestionType<?>> types = everyKind();
        List<Topic> topics = new ArrayList<>();
        List<RiskRule> rules = new ArrayList<>();
        for (int t = 0; t < topicCount; t++) {
            List<Question> questions = new ArrayList<>();
            for (int q = 0; q < perTopic; q++) {
                String id = "t" + t + ".q" + q;
                QuestionType<?> type = types.get(q % types.size());
                // the question after a yes/no question is its follow-up
                Condition visibleIf = q > 0 && types.get((q - 1) % types.size()) instanceof YesNoType
                        ? Condition.parse("t" + t + ".q" + (q - 1) + " == yes") : Condition.ALWAYS;
                questions.add(new Question(id, type, text("Question " + q + " of topic " + t
                        + ": how will the team decide this part of the architecture?"),
                        text("Guidance"), q % 12 == 0 ? List.of(Reference.twelveFactor("III")) : List.of(), visibleIf,
                        LocalizedText.EMPTY, q % 5 == 0 ? RiskLevel.MEDIUM : null));
            }
            topics.add(new Topic("t" + t, text("Topic " + t), text("Intro"), questions));
            rules.add(new RiskRule("r" + t, RiskLevel.values()[t % 3],
                    Condition.parse("t" + t + ".q1 == 'other' or t" + t + ".q0 == no"), List.of("t" + t + ".q1"),
                    List.of(Reference.twelveFactor("IV")), text("Risk " + t), text("Explanation"), text("Recommendation")));
        }
        return new Questionnaire("bench", "1.0.0", List.of("en", "de"), text("Benchmark"), text("Generated"),
                topics, rules);
    }

    /** A value that says something, for every kind. */
    static Value sampleValue(QuestionType<?> type, int n) {
        return type.accept(new QuestionType.Visitor<Value>() {
            @Override
            public Value yesNo(YesNoType t) {
                return new Value.YesNo(true);
            }

            @Override
            public Value single(SingleChoiceType t) {
                return new Value.Single(n % 2 == 0 ? "alpha" : "other", "Something else entirely");
            }

            @Override
            public Value multi(MultiChoiceType t) {
                return new Value.Multi(List.of("alpha", "beta"), "");
            }

            @Override
            public Value text(TextType t) {
                return t.multiLine() ? new Value.Text(("A longer answer that explains the decision and its reasons. ")
                        .repeat(4) + "\nSecond paragraph with consequences.")
                        : new Value.Text("A short answer with a few words, number " + n);
            }

            @Override
            public Value number(NumberType t) {
                return new Value.Amount(BigDecimal.valueOf(n * 10L + 5, 1), "gb");
            }

            @Override
            public Value list(ListType t) {
                return new Value.Entries(List.of(Map.of("name", "Dana Fischer", "role", "Architect"),
                        Map.of("name", "Luis Ortega", "role", "Tech lead"), Map.of("name", "Mira Yilmaz", "role", "PO")));
            }
        });
    }

    static Project answerAll(Questionnaire questionnaire) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        int n = 0;
        for (Question question : questionnaire.questions()) {
            Value value = sampleValue(question.type(), n);
            Answer answer = Answer.answered(value);
            if (n % 5 == 0) {
                answer = answer.withNote("A note that explains why, number " + n);
            }
            answers.put(question.id(), answer);
            n++;
        }
        return Project.create("Benchmark project", questionnaire.ref(), Instant.EPOCH).withAnswers(answers);
    }
}
