package org.kickoff.ui.wizard;

import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.util.Subscription;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.actions.ActionsView;
import org.kickoff.ui.actions.ActionsViewModel;
import org.kickoff.ui.actions.OutcomeCommands;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.common.UndoableNotice;
import org.kickoff.ui.find.FindBar;
import org.kickoff.ui.page.TopicPageView;
import org.kickoff.ui.page.TopicPageViewModel;
import org.kickoff.ui.project.ProjectDetailsView;
import org.kickoff.ui.project.ProjectDetailsViewModel;
import org.kickoff.ui.session.ProjectDocument;
import org.kickoff.ui.summary.SummaryView;
import org.kickoff.ui.welcome.WelcomeView;

/**
 * The main window's content: menus on top; with a project, the sidebar, the current page and the
 * navigation bar; without one, the welcome page. Pages are built when first shown and kept, hidden, until
 * another project is opened (see {@link PageDeck}), so start-up builds only the first one. A page not built
 * yet when the user goes there shows the cards in view in its first frame and builds the rest in the next
 * frames; mostly it is built already, while the user read the page before ({@link PagePrefetch}).
 */
public final class MainView extends BorderPane {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** Ctrl+? lists the shortcuts, as F1 does (on most layouts "?" is Shift and a key). */
    private static final KeyCombination HELP = new javafx.scene.input.KeyCharacterCombination("?",
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_ALTERNATIVE = new KeyCodeCombination(KeyCode.Y,
            KeyCombination.SHORTCUT_DOWN);

    private final ShellViewModel shell;
    private final Messages messages;
    private final Clock clock;
    private final BorderPane workspace = new BorderPane();
    private final PageDeck deck = new PageDeck();
    private final BuiltPages pages = new BuiltPages(deck, this::build);
    private final PagePrefetch prefetch = new PagePrefetch(deck, pages);
    /** The summary page last shown; built anew each time, it takes its predecessor's place. */
    private Node summary;
    private final NotificationPane notices = new NotificationPane();
    private final javafx.animation.PauseTransition noticeTimer =
            new javafx.animation.PauseTransition(javafx.util.Duration.seconds(8));
    /** Built when first needed: a start with a project never shows it. */
    private WelcomeView welcome;
    private final MenuBarView menuBar;
    private final SidebarView sidebar;
    private final NavigationBar navigation;
    private final Subscription subscriptions;
    private final FindBar find;

    public MainView(ShellViewModel shell, Messages messages, Clock clock, Runnable about) {
        this.shell = shell;
        this.messages = messages;
        this.clock = clock;
        getStyleClass().add(Css.APP);
        setId("main");
        menuBar = new MenuBarView(shell, messages, about, this::showFind);
        setTop(menuBar);
        WizardViewModel wizard = shell.wizard();
        sidebar = new SidebarView(wizard, messages, clock);
        navigation = new NavigationBar(wizard, shell.noticeProperty(), shell.export(), messages);
        workspace.setLeft(sidebar);
        workspace.setCenter(deck);
        workspace.setBottom(navigation);
        // ControlsFX's notification bar slides in above the page: "Entry 2 deleted" with Undo
        notices.setContent(workspace);
        notices.setShowFromTop(true);
        notices.setId("notices");
        addEventHandler(UndoableNotice.NOTICE, e -> {
            notices.getActions().setAll(new Action(messages.get("notice.undo"), a -> {
                notices.hide();
                shell.wizard().undo();
            }));
            notices.show(e.text());
            noticeTimer.playFromStart();
            e.consume();
        });
        noticeTimer.setOnFinished(e -> notices.hide());
        find = new FindBar(shell.find(messages), messages);
        find.setOnClose(() -> workspace.setTop(null));
        Subscription project = shell.document().generationProperty().subscribe(g -> projectReplaced())
                .and(shell.document().replacementsProperty().subscribe((o, n) -> contentReplaced()));
        // a filter, not only menu accelerators: lists and text areas consume Ctrl+Page Up/Down themselves
        addEventFilter(KeyEvent.KEY_PRESSED, this::navigationKeys);
        // the pages around the current one are built while the user reads, not while they type or click
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> prefetch.inputSeen());
        addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> prefetch.inputSeen());
        subscriptions = project.and(wizard.currentProperty().subscribe((o, page) -> showPage(page)))
                .and(wizard.questionToShowProperty().subscribe(id -> {
                    TopicPageView page = topicPage();
                    if (id != null && page != null) {
                        // after the page's first layout, so that its cards have their places
                        javafx.application.Platform.runLater(() -> page.reveal(id));
                    }
                }));
    }

    private void navigationKeys(KeyEvent e) {
        prefetch.inputSeen();
        if (shell.document().project() == null) {
            return;
        }
        // before the focused control: a text field would take Ctrl+Z for its own, one-field undo
        if (UNDO.match(e)) {
            shell.wizard().undo();
            e.consume();
            return;
        }
        if (HELP.match(e)) {
            org.kickoff.ui.help.HelpDialog.shortcuts(getScene().getWindow(), messages).show();
            e.consume();
            return;
        }
        if (FIND.match(e)) {
            showFind();
            e.consume();
            return;
        }
        if (REDO.match(e) || REDO_ALTERNATIVE.match(e)) {
            shell.wizard().redo();
            e.consume();
            return;
        }
        boolean next = e.isShortcutDown() && e.getCode() == KeyCode.PAGE_DOWN
                || e.isAltDown() && e.getCode() == KeyCode.RIGHT;
        boolean back = e.isShortcutDown() && e.getCode() == KeyCode.PAGE_UP
                || e.isAltDown() && e.getCode() == KeyCode.LEFT;
        if (next) {
            shell.wizard().next();
            e.consume();
        } else if (back) {
            shell.wizard().back();
            e.consume();
        }
    }

    /** New content for the same project (a merge): rebuild the pages, stay where the user is. */
    private void contentReplaced() {
        clearPages();
        showPage(shell.wizard().current());
    }

    private void clearPages() {
        prefetch.stop();
        pages.clear();
        summary = null;
    }

    private void projectReplaced() {
        clearPages();
        if (shell.document().project() == null) {
            if (welcome == null) {
                welcome = new WelcomeView(shell, messages);
            } else {
                // names, progress and saves of the recent files changed while a project was open
                welcome.fillRecent();
            }
            setCenter(welcome);
        } else {
            setCenter(notices);
            showPage(shell.wizard().current());
        }
    }

    private void showPage(Page page) {
        if (shell.document().project() == null || page == null) {
            return;
        }
        if (page instanceof Page.Summary) {
            // the summary is a snapshot of the answers: always built fresh
            if (summary != null) {
                deck.remove(summary);
            }
            summary = new SummaryView(shell.summary(messages), shell.export());
            deck.show(summary);
            prefetch.around(shell.wizard().pages(), shell.wizard().currentIndexProperty().get());
            return;
        }
        Node node = pages.node(page);
        if (node instanceof PageWithCue framed && !framed.page().isComplete()) {
            // the cards in view in the page's first frame, the rest in the frames after it, a few milliseconds
            // each: building a whole page of 15 cards before showing it took 250 ms, of 50 cards over a second
            framed.page().fillInViewFirst();
        }
        deck.show(node);
        prefetch.around(shell.wizard().pages(), shell.wizard().currentIndexProperty().get());
    }

    private BuiltPages.Built build(Page page) {
        ProjectDocument document = shell.document();
        if (page instanceof Page.TopicPage topicPage) {
            TopicPageViewModel vm = new TopicPageViewModel(topicPage.topic(), document,
                    shell.wizard().evaluationProperty(), messages, clock);
            return new BuiltPages.Built(new PageWithCue(new TopicPageView(vm, messages), messages), vm::dispose);
        }
        if (page instanceof Page.Actions) {
            ActionsViewModel actions = new ActionsViewModel(new OutcomeCommands(document, clock, new java.util.Random()),
                    messages, shell.wizard()::showQuestion);
            return new BuiltPages.Built(new ActionsView(actions), actions::dispose);
        }
        ProjectDetailsViewModel vm = new ProjectDetailsViewModel(document);
        return new BuiltPages.Built(new ProjectDetailsView(vm, messages), vm::dispose);
    }

    /** Shows find and filter above the page, the search field focused (Ctrl+F, Edit > Find). */
    public void showFind() {
        if (shell.document().project() == null) {
            return;
        }
        if (workspace.getTop() != find) {
            workspace.setTop(find);
        }
        find.focusField();
    }

    /** The topic page on show, or {@code null}. */
    private TopicPageView topicPage() {
        return deck.shown() instanceof PageWithCue framed ? framed.page() : null;
    }

    /**
     * Releases every listener this view and its parts hold on the application, so that nothing keeps the
     * view alive once it is replaced (language switch).
     */
    public void dispose() {
        subscriptions.unsubscribe();
        find.dispose();
        menuBar.dispose();
        sidebar.dispose();
        navigation.dispose();
        if (welcome != null) {
            welcome.dispose();
        }
        clearPages();
        setCenter(null);
        workspace.setCenter(null);
    }
}
