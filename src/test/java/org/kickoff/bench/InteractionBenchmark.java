package org.kickoff.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.kickoff.app.Kickoff;
import org.kickoff.domain.Project;
import org.kickoff.domain.Question;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.Topic;
import org.kickoff.i18n.Messages;
import org.kickoff.storage.AppFolders;
import org.kickoff.storage.ProjectFileWriter;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.page.TopicPageView;
import org.kickoff.ui.wizard.Page;
import org.kickoff.ui.wizard.WizardViewModel;

/**
 * How long the real window takes from an input event to the frame that shows its complete result: page
 * switches, keystrokes, an option that reveals a follow-up, state toggles, undo, the summary, the language
 * and opening a project; for the built-in questionnaire with the example project, or for a generated one of
 * 2,000 questions (40 topics of 50, every type, all answered). Prints medians and 95th percentiles. A
 * command, not a test; {@code packaging/bench/interactions.sh} runs it (the method is in {@link FrameClock}
 * and src/site/markdown/interactions.md).
 *
 * <p>Arguments: {@code --size builtin|generated}, {@code --samples N} (default 30), {@code --warmup N}
 * (default 5, dropped), {@code --only NAME,...} (interactions whose name starts with one of these). Headless
 * with Monocle unless {@code DISPLAY} is set, then in that X display with GTK; software rendering always.
 * With {@code -Dbench.histo=PREFIX} the heap's class histogram is written to PREFIX...txt where the heap is
 * measured (after the first and the twentieth language switch), to see what grows.
 */
public final class InteractionBenchmark {

    /** Which questions each interaction uses, in one questionnaire. */
    record Plan(String name, String text, String textArea, String number, String reveal, String followUp,
                String state, Path fileA, Path fileB) {
    }

    /** A row of the table: an interaction and the milestone it is timed to. */
    private final Map<String, List<Double>> rows = new LinkedHashMap<>();
    private final Map<String, Integer> skipped = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Plan plan;
    private final int samples;
    private final int warmup;
    /** How long the user reads a page before going on, for the first visits "after reading". */
    private final long readMillis = Long.getLong("bench.readMillis", 1500);
    private final List<String> only;
    private final BenchPrompts prompts = new BenchPrompts();
    private final SkippingClock time = new SkippingClock();
    private Stage stage;
    private Kickoff kickoff;
    private FrameClock frames;
    private Robot robot;
    private int assumedFrames;

    private InteractionBenchmark(Plan plan, int samples, int warmup, List<String> only) {
        this.plan = plan;
        this.samples = samples;
        this.warmup = warmup;
        this.only = only;
    }

    public static void main(String[] args) throws Exception {
        String size = arg(args, "--size", "builtin");
        int samples = Integer.parseInt(arg(args, "--samples", "30"));
        int warmup = Integer.parseInt(arg(args, "--warmup", "5"));
        List<String> only = Arrays.stream(arg(args, "--only", "").split(",")).filter(s -> !s.isBlank()).toList();
        boolean headless = System.getenv("DISPLAY") == null;
        if (headless) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
        }
        // software rendering, as on the machines the targets are for (and the only choice under Xvfb)
        System.setProperty("prism.order", "sw");
        Path work = Files.createTempDirectory("kickoff-bench");
        Plan plan = switch (size) {
            case "builtin" -> builtIn(work);
            case "generated" -> generated(work);
            default -> throw new IllegalArgumentException("--size builtin|generated");
        };
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        int status = 0;
        try {
            InteractionBenchmark bench = new InteractionBenchmark(plan, samples, warmup, only);
            bench.run(headless);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            status = 1;
        }
        // the application's own threads (lock keeper, background work) would keep the JVM alive
        System.exit(status);
    }

    // ---------------------------------------------------------------------------------------------------------
    // the two questionnaires

    private static Plan builtIn(Path work) throws Exception {
        Path a = work.resolve("example-a.kickoff");
        Path b = work.resolve("example-b.kickoff");
        try (InputStream in = InteractionBenchmark.class.getResourceAsStream("/examples/example.kickoff")) {
            byte[] bytes = in.readAllBytes();
            Files.write(a, bytes);
            Files.write(b, bytes);
        }
        return new Plan("built-in questionnaire, example project", "operations.log-access", "business.value",
                "data.traffic", "api.mobile-app", "api.mobile-tech", "quality.e2e-tests", a, b);
    }

    private static Plan generated(Path work) throws Exception {
        Questionnaire questionnaire = SummaryBenchmark.questionnaire(40, 50);
        Project project = SummaryBenchmark.answerAll(questionnaire);
        byte[] bytes = new ProjectFileWriter().write(project, questionnaire);
        Path a = work.resolve("generated-a.kickoff");
        Path b = work.resolve("generated-b.kickoff");
        Files.write(a, bytes);
        Files.write(b, bytes);
        // the question types go round in the order of SummaryBenchmark.everyKind(): yes/no, single, multi,
        // text, long text, number, list; a yes/no question's next one is its follow-up
        return new Plan("generated questionnaire, " + questionnaire.questions().size() + " questions in "
                + questionnaire.topics().size() + " topics, all answered", "t1.q3", "t1.q4", "t1.q5", "t1.q7",
                "t1.q8", "t1.q10", a, b);
    }

    // ---------------------------------------------------------------------------------------------------------
    // the run

    private void run(boolean headless) throws Exception {
        Path home = Files.createTempDirectory("kickoff-bench-home");
        fx(() -> {
            stage = new Stage();
            robot = new Robot();
            kickoff = Kickoff.start(stage, new Kickoff.Options(AppFolders.under(home), time,
                    List.of(plan.fileA().toString()), real -> prompts));
            return null;
        });
        waitUntil(() -> stage.isShowing() && stage.getScene() != null && document().project() != null, 60);
        frames = fx(() -> new FrameClock(stage.getScene()));
        waitFrame(currentPageComplete());
        fx(() -> {
            // the pointer over the window: without a window manager, X gives the keyboard to the window under it
            Bounds b = stage.getScene().getRoot().localToScreen(stage.getScene().getRoot().getLayoutBounds());
            robot.mouseMove(b.getMinX() + 5, b.getMaxY() - 5);
            return null;
        });
        System.out.printf(Locale.ROOT, "Kickoff interaction benchmark: %s%n", plan.name());
        System.out.printf(Locale.ROOT, "Java %s, %d processors, %s, %s rendering, JVM options: %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                headless ? "Monocle headless" : "GTK on " + System.getenv("DISPLAY"),
                System.getProperty("prism.order"), ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.printf(Locale.ROOT, "%d samples per interaction after %d dropped for warm-up; milliseconds from the "
                + "input event to the rendered frame that shows the result%n%n", samples, warmup);
        if (wanted("open")) {
            openAndSwitchPages();
        }
        if (wanted("keystroke")) {
            keystrokes("keystroke, text field", plan.text(), "x");
            keystrokes("keystroke, text area", plan.textArea(), "x");
            keystrokes("keystroke, number field", plan.number(), "7");
        }
        if (wanted("option")) {
            revealFollowUp();
        }
        if (wanted("toggle")) {
            toggleState();
        }
        if (wanted("undo")) {
            undo();
        }
        if (wanted("summary")) {
            summary();
        }
        if (wanted("language")) {
            language();
        }
        if (!prompts.messages.isEmpty()) {
            throw new IllegalStateException("the window said: " + prompts.messages);
        }
        System.err.println(java.time.LocalTime.now() + " done");
        print();
    }

    private boolean wanted(String name) {
        boolean wanted = only.isEmpty() || only.stream().anyMatch(name::startsWith);
        if (wanted) {
            System.err.println(java.time.LocalTime.now() + " measuring: " + name);
        }
        return wanted;
    }

    /**
     * Opens the two copies in turn (File > Open, Ctrl+O); after each, walks the topics forward (every page a
     * first visit), every other time after a pause on each page, as a user who reads it, else at once, then
     * back (revisits).
     */
    private void openAndSwitchPages() throws Exception {
        List<Topic> topics = fx(() -> document().questionnaire().topics());
        for (int i = 0; i < warmup + samples; i++) {
            Path file = i % 2 == 0 ? plan.fileB() : plan.fileA();
            int generation = fx(() -> document().generationProperty().get());
            prompts.next = file;
            measure("open project", keys(KeyCode.CONTROL, KeyCode.O), new FrameClock.Milestone("complete", () ->
                    file.equals(document().file().orElse(null)) && document().generationProperty().get() != generation
                            && currentPageComplete().getAsBoolean()));
            boolean reading = i % 2 == 0;
            String first = reading ? FIRST_READ : FIRST_AT_ONCE;
            if (count(first + " (all cards)") < samples || count(REVISIT + " (all cards)") < samples) {
                switchPages(topics, reading);
            }
        }
    }

    private static final String FIRST_READ = "page switch, first visit, after reading";
    private static final String FIRST_AT_ONCE = "page switch, first visit, at once";
    private static final String REVISIT = "page switch, revisit";

    private void switchPages(List<Topic> topics, boolean reading) throws Exception {
        java.util.Set<String> visited = new java.util.HashSet<>();
        fx(() -> {
            wizard().jumpToTopic(topics.get(0).id());
            return null;
        });
        waitFrame(pageComplete(topics.get(0)));
        visited.add(topics.get(0).id());
        for (int i = 1; i < topics.size(); i++) {
            if (reading) {
                Thread.sleep(readMillis);
            }
            switchPage(topics.get(i), KeyCode.PAGE_DOWN, visited, reading ? FIRST_READ : FIRST_AT_ONCE);
        }
        for (int i = topics.size() - 2; i >= 0; i--) {
            switchPage(topics.get(i), KeyCode.PAGE_UP, visited, null);
        }
    }

    private void switchPage(Topic topic, KeyCode key, java.util.Set<String> visited, String firstVisit)
            throws Exception {
        String row = visited.add(topic.id()) ? firstVisit : REVISIT;
        if (row == null) {
            throw new IllegalStateException("going back to " + topic.id() + ", never shown");
        }
        measure(row, keys(KeyCode.CONTROL, key),
                new FrameClock.Milestone("viewport", () -> page(topic) instanceof TopicPageView p && p.isFilled()),
                new FrameClock.Milestone("all cards", pageComplete(topic)));
    }

    /** Types a character and takes it back (Backspace), each a sample, into the question's field. */
    private void keystrokes(String row, String questionId, String character) throws Exception {
        TextInputControl field = focusField(questionId);
        String base = fx(field::getText);
        KeyCode key = KeyCode.getKeyCode(character.toUpperCase(Locale.ROOT));
        for (int i = 0; i < warmup + samples; i++) {
            measure(row, keys(key), new FrameClock.Milestone("shown", () -> field.getText().equals(base + character)));
            measure(row, keys(KeyCode.BACK_SPACE), new FrameClock.Milestone("shown", () -> field.getText().equals(base)));
        }
    }

    /** Goes to the question, clicks into its field and puts the caret at the end. */
    private TextInputControl focusField(String questionId) throws Exception {
        goTo(questionId);
        Node node = fx(() -> stage.getScene().lookup("#" + Css.nodeId(questionId) + "-text"));
        Node field = node != null ? node : fx(() -> stage.getScene().lookup("#" + Css.nodeId(questionId) + "-number"));
        TextInputControl input = (TextInputControl) field;
        scrollTo(input);
        waitFrame(click(input), input::isFocused);
        waitFrame(keys(KeyCode.CONTROL, KeyCode.END), () -> input.getCaretPosition() == input.getLength());
        return input;
    }

    /** Yes on a question whose follow-up No had hidden: the follow-up appears, marked as new. */
    private void revealFollowUp() throws Exception {
        goTo(plan.reveal());
        String id = Css.nodeId(plan.reveal());
        Node yes = fx(() -> stage.getScene().lookup("#" + id + "-yes"));
        Node no = fx(() -> stage.getScene().lookup("#" + id + "-no"));
        Node followUp = fx(() -> stage.getScene().lookup("#" + Css.nodeId(plan.followUp())));
        scrollTo(no);
        for (int i = 0; i < warmup + samples; i++) {
            if (fx(() -> shown(followUp))) {
                waitFrame(click(no), () -> !shown(followUp));
            }
            // the mark of the last time fades after 2 s; a new one must not find it still there
            Thread.sleep(2100);
            measure("option revealing a follow-up", click(yes), new FrameClock.Milestone("shown", () ->
                    shown(followUp) && followUp.getLayoutBounds().getHeight() > 0
                            && followUp.getPseudoClassStates().contains(Css.NEW)));
        }
    }

    /** Open (owner field focused), back to answered, not applicable (reason field focused), back. */
    private void toggleState() throws Exception {
        goTo(plan.state());
        String id = Css.nodeId(plan.state());
        Node card = fx(() -> stage.getScene().lookup("#" + id));
        Node open = fx(() -> card.lookup("#" + id + "-state-open"));
        Node na = fx(() -> card.lookup("#" + id + "-state-na"));
        Node answer = fx(() -> card.lookup("#" + id + "-state-answer"));
        scrollTo(card);
        String row = "toggle state (open, n/a, back)";
        for (int i = 0; i < warmup + samples; i++) {
            boolean toOpen = i % 2 == 0;
            Node toggle = toOpen ? open : na;
            String field = "#" + id + (toOpen ? "-owner" : "-reason");
            measure(row, click(toggle), new FrameClock.Milestone("shown", () -> {
                Node target = card.lookup(field);
                return card.getPseudoClassStates().contains(toOpen ? Css.OPEN : Css.NOT_APPLICABLE) && shown(target)
                        && target.isFocused() && target.getLayoutBounds().getHeight() > 0;
            }));
            measure(row, click(answer), new FrameClock.Milestone("shown", () ->
                    card.getPseudoClassStates().contains(Css.ANSWERED) && !shown(card.lookup(field))));
        }
    }

    /** Ctrl+Z after typing into a field: the text as it was, and the question in view with the focus. */
    private void undo() throws Exception {
        Node card = null;
        for (int i = 0; i < warmup + samples; i++) {
            TextInputControl field = focusField(plan.text());
            if (card == null) {
                card = fx(() -> stage.getScene().lookup("#" + Css.nodeId(plan.text())));
            }
            String base = fx(field::getText);
            // a step of its own: typing within two seconds of the last edit of the field would join it
            time.skip(Duration.ofSeconds(3));
            waitFrame(keys(KeyCode.X), () -> field.getText().equals(base + "x"));
            Node questionCard = card;
            measure("undo", keys(KeyCode.CONTROL, KeyCode.Z), new FrameClock.Milestone("shown", () ->
                    field.getText().equals(base) && focusWithin(questionCard)));
        }
    }

    /** Ctrl+Shift+Y from a topic page, back to the page between samples; every other time after an edit. */
    private void summary() throws Exception {
        for (int i = 0; i < 2 * (warmup + samples); i++) {
            boolean edited = i % 2 == 1;
            TextInputControl field = focusField(plan.text());
            if (edited) {
                String base = fx(field::getText);
                time.skip(Duration.ofSeconds(3));
                waitFrame(keys(KeyCode.X), () -> field.getText().equals(base + "x"));
            }
            measure(edited ? "open summary after an edit" : "open summary",
                    keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Y),
                    new FrameClock.Milestone("complete", this::summaryShown));
        }
    }

    /** View > Language, in turn German and English; the heap after the first and the twentieth, collected. */
    private void language() throws Exception {
        goTo(plan.text());
        int switches = Math.max(20, warmup + samples);
        long afterFirst = 0;
        long afterTwentieth = 0;
        List<java.lang.ref.WeakReference<Parent>> oldRoots = new ArrayList<>();
        int reachable = 0;
        for (int i = 0; i < switches; i++) {
            String language = fx(() -> kickoff.shell().language()).equals("en") ? "de" : "en";
            Parent before = fx(() -> stage.getScene().getRoot());
            oldRoots.add(new java.lang.ref.WeakReference<>(before));
            String fileMenu = Messages.forLanguage(language).get("menu.file");
            MenuItem item = fx(() -> menuItem("menu-view", "menu-language", "menu-lang-" + language));
            BooleanSupplier page = currentPageComplete();
            measure("switch language", item::fire, new FrameClock.Milestone("viewport", () ->
                    stage.getScene().getRoot() != before && fileMenu.equals(menuText("menu-file"))
                            && currentPageFilled()), new FrameClock.Milestone("all cards", () ->
                    stage.getScene().getRoot() != before && fileMenu.equals(menuText("menu-file"))
                            && page.getAsBoolean()));
            if (i == 0) {
                afterFirst = heapAfterGc();
            } else if (i == 19) {
                afterTwentieth = heapAfterGc();
                reachable = (int) oldRoots.stream().filter(r -> r.get() != null).count();
            }
        }
        notes.add(String.format(Locale.ROOT, "heap used after GC: %.1f MB after 1 language switch, %.1f MB after 20 "
                + "(%.2fx); of the 20 windows replaced, %d still reachable", afterFirst / 1e6, afterTwentieth / 1e6,
                (double) afterTwentieth / afterFirst, reachable));
    }

    // ---------------------------------------------------------------------------------------------------------
    // what the window shows

    private org.kickoff.ui.session.ProjectDocument document() {
        return kickoff.shell().document();
    }

    private WizardViewModel wizard() {
        return kickoff.shell().wizard();
    }

    /**
     * The page on show (a topic, the details or the summary: a node whose id starts with "page-"), found from
     * the workspace's centre a few levels down through visible nodes only: conditions run after every pulse
     * and must not walk the whole scene.
     */
    private Node shownPage() {
        Node notices = stage.getScene().lookup("#notices");
        if (!(notices instanceof org.controlsfx.control.NotificationPane pane)
                || !(pane.getContent() instanceof javafx.scene.layout.BorderPane workspace)) {
            return null;
        }
        return findPage(workspace.getCenter(), 3);
    }

    private static Node findPage(Node node, int depth) {
        if (node == null || !node.isVisible()) {
            return null;
        }
        if (node.getId() != null && node.getId().startsWith("page-")) {
            return node;
        }
        if (depth > 0 && node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = findPage(child, depth - 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private Node page(Topic topic) {
        Node node = shownPage();
        return node != null && ("page-" + topic.id()).equals(node.getId()) ? node : null;
    }

    /** The topic's page is on show with all its cards. */
    private BooleanSupplier pageComplete(Topic topic) {
        return () -> page(topic) instanceof TopicPageView p && p.getHeight() > 0 && p.isComplete();
    }

    /** Whatever page the wizard is on, on show with the cards of its viewport (the rest may be coming). */
    private boolean currentPageFilled() {
        Node shown = shownPage();
        return shown instanceof TopicPageView p ? p.getHeight() > 0 && p.isFilled()
                : currentPageComplete().getAsBoolean();
    }

    /** Whatever page the wizard is on, on show and complete. */
    private BooleanSupplier currentPageComplete() {
        return () -> {
            Page current = wizard().current();
            if (current instanceof Page.TopicPage topic) {
                return pageComplete(topic.topic()).getAsBoolean();
            }
            Node shown = shownPage();
            return current instanceof Page.Summary ? summaryShown()
                    : shown != null && "page-details".equals(shown.getId());
        };
    }

    private boolean summaryShown() {
        Node view = shownPage();
        return view != null && "page-summary".equals(view.getId()) && view.lookup(".summary-project-name") != null;
    }

    /** Visible with all its parents. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node != null;
    }

    private boolean focusWithin(Node node) {
        for (Node n = stage.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == node) {
                return true;
            }
        }
        return false;
    }

    private MenuItem menuItem(String... ids) {
        MenuBar bar = (MenuBar) stage.getScene().lookup("#menu-bar");
        List<MenuItem> items = new ArrayList<>(bar.getMenus());
        MenuItem found = null;
        for (String id : ids) {
            found = items.stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
            items = found instanceof javafx.scene.control.Menu m ? m.getItems() : List.of();
        }
        return found;
    }

    private String menuText(String id) {
        MenuBar bar = (MenuBar) stage.getScene().lookup("#menu-bar");
        return bar.getMenus().stream().filter(m -> id.equals(m.getId())).findFirst().map(MenuItem::getText).orElse("");
    }

    // ---------------------------------------------------------------------------------------------------------
    // input and timing

    /** Presses the keys in order and releases them in reverse, through the toolkit's robot. */
    private Runnable keys(KeyCode... codes) {
        return () -> {
            for (KeyCode code : codes) {
                robot.keyPress(code);
            }
            for (int i = codes.length - 1; i >= 0; i--) {
                robot.keyRelease(codes[i]);
            }
        };
    }

    /** A click in the middle of the node, through the toolkit's robot. */
    private Runnable click(Node node) {
        return () -> {
            Bounds b = node.localToScreen(node.getLayoutBounds());
            robot.mouseMove(b.getCenterX(), b.getCenterY());
            robot.mouseClick(MouseButton.PRIMARY);
        };
    }

    /** Shows the question's page and waits until it is complete. */
    private void goTo(String questionId) throws Exception {
        Topic topic = fx(() -> document().questionnaire().topicOf(questionId).orElseThrow());
        fx(() -> {
            wizard().jumpToTopic(topic.id());
            return null;
        });
        waitFrame(pageComplete(topic));
    }

    /** Scrolls the node's page so that the node is in the upper part of the viewport. */
    private void scrollTo(Node node) throws Exception {
        fx(() -> {
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node content = scroll.getContent();
                content.applyCss();
                scroll.layout();
                Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double viewport = scroll.getViewportBounds().getHeight();
                double extra = content.getBoundsInLocal().getHeight() - viewport;
                if (extra > 0) {
                    scroll.setVvalue(Math.min(1, Math.max(0, inContent.getMinY() - viewport / 4) / extra));
                }
            }
            return null;
        });
        waitFrame(() -> true);
    }

    private void measure(String row, Runnable input, FrameClock.Milestone... milestones) throws Exception {
        settle();
        FrameClock.Result result = frames.measure(input, List.of(milestones), 60_000);
        if (result.frameAssumed()) {
            assumedFrames++;
        }
        for (int i = 0; i < milestones.length; i++) {
            String name = milestones.length == 1 ? row : row + " (" + milestones[i].name() + ")";
            int seen = skipped.merge(name, 1, Integer::sum);
            if (seen > warmup) {
                rows.computeIfAbsent(name, k -> new ArrayList<>()).add(result.millis()[i]);
            }
        }
    }

    /** Posts the input and waits for the frame that shows the condition, without keeping the time. */
    private void waitFrame(Runnable input, BooleanSupplier condition) throws Exception {
        settle();
        frames.measure(input, List.of(new FrameClock.Milestone("ready", condition)), 60_000);
    }

    private void waitFrame(BooleanSupplier condition) throws Exception {
        waitFrame(() -> { }, condition);
    }

    private int count(String row) {
        return rows.getOrDefault(row, List.of()).size();
    }

    /** Lets what the last step started (a timer, background work, a layout) finish before the next input. */
    private static void settle() throws Exception {
        Thread.sleep(80);
        fx(() -> null);
    }

    static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!fx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the window did not come up within " + seconds + " s");
            }
            Thread.sleep(50);
        }
    }

    private static long heapAfterGc() throws Exception {
        Thread.sleep(500);
        fx(() -> null);
        // until it stops shrinking: native surfaces are released by a disposer thread after a collection finds
        // them unreachable, and only the collection after that frees their pixels
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(200);
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now > used - 100_000) {
                break;
            }
            used = now;
        }
        String histogram = System.getProperty("bench.histo");
        if (histogram != null) {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Files.writeString(Path.of(histogram + System.nanoTime() + ".txt"), text.toString());
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // ---------------------------------------------------------------------------------------------------------
    // output

    private void print() {
        System.out.printf(Locale.ROOT, "%-56s %4s %9s %9s %9s%n", "interaction (milestone)", "n", "median", "p95", "max");
        for (Map.Entry<String, List<Double>> row : rows.entrySet()) {
            List<Double> sorted = new ArrayList<>(row.getValue());
            sorted.sort(null);
            System.out.printf(Locale.ROOT, "%-56s %4d %9.1f %9.1f %9.1f%n", row.getKey(), sorted.size(), median(sorted),
                    percentile(sorted, 0.95), sorted.get(sorted.size() - 1));
        }
        System.out.println();
        notes.forEach(System.out::println);
        if (assumedFrames > 0) {
            System.out.println(assumedFrames + " samples changed nothing on screen; their time is to the pulse "
                    + "that showed the result");
        }
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The nearest-rank percentile: the smallest sample that at least that share of samples do not exceed. */
    static double percentile(List<Double> sorted, double share) {
        int rank = (int) Math.ceil(share * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** The system clock, moved on by the benchmark where edits must not count as one (undo joins quick typing). */
    private static final class SkippingClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void skip(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
