package org.kickoff.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.kickoff.cli.BuildInfo;
import org.kickoff.domain.Questionnaire;
import org.kickoff.i18n.Messages;
import org.kickoff.storage.AppFolders;
import org.kickoff.storage.AppInstance;
import org.kickoff.storage.Backups;
import org.kickoff.storage.FileWriting;
import org.kickoff.storage.LogFile;
import org.kickoff.storage.ProjectFiles;
import org.kickoff.storage.ProjectLocks;
import org.kickoff.storage.QuestionnaireReader;
import org.kickoff.storage.RecoveryStore;
import org.kickoff.storage.Settings;
import org.kickoff.storage.SettingsStore;
import org.kickoff.ui.about.AboutDialog;
import org.kickoff.ui.about.AboutViewModel;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.common.FxBackground;
import org.kickoff.ui.common.FxPrompts;
import org.kickoff.ui.common.Prompts;
import org.kickoff.ui.page.TopicPageView;
import org.kickoff.ui.session.FileGuard;
import org.kickoff.ui.session.ProjectDocument;
import org.kickoff.ui.session.RecoveryOffer;
import org.kickoff.ui.session.UnexpectedErrors;
import org.kickoff.ui.sharing.UpgradeReport;
import org.kickoff.ui.welcome.ExampleProject;
import org.kickoff.ui.wizard.MainView;
import org.kickoff.ui.wizard.ShellViewModel;

/**
 * The composition root: builds the services once and hands them to the ViewModels through their
 * constructors, then shows the main window. Nothing else creates services; there are no singletons.
 */
public final class Kickoff {

    /** What may differ between a real start and a test: folders, clock, arguments, dialogs. */
    public record Options(AppFolders folders, Clock clock, List<String> args, UnaryOperator<Prompts> prompts,
                          FileWriting disk) {

        public Options(AppFolders folders, Clock clock, List<String> args, UnaryOperator<Prompts> prompts) {
            this(folders, clock, args, prompts, FileWriting.system());
        }

        public static Options defaults(List<String> args) {
            return new Options(AppFolders.current(), Clock.systemDefaultZone(), args, p -> p);
        }
    }

    private static final String EXAMPLES = "/examples/";
    /** The window icon's sizes in resources/icons (made by packaging/icons/generate.sh). */
    private static final List<Integer> ICON_SIZES = List.of(32, 64, 256);
    /** The smallest window in which a page, the sidebar and the navigation still fit (800 x 560 at 13 px). */
    private static final double MIN_WIDTH_EM = 61.5;
    private static final double MIN_HEIGHT_EM = 43;

    private final Stage stage;
    private final Options options;
    private final ShellViewModel shell;
    private final FxBackground background = new FxBackground();
    private final FileGuard guard;
    private final UnexpectedErrors unexpected;
    private final Prompts prompts;
    private MainView view;

    private Kickoff(Stage stage, Options options, Supplier<Questionnaire> builtIn) {
        this.stage = stage;
        this.options = options;
        SettingsStore settingsStore = new SettingsStore(options.folders().settingsFile());
        Settings settings = settingsStore.load(Messages.supported(Locale.getDefault()).getLanguage());
        Messages messages = Messages.forLanguage(settings.language());
        Questionnaire questionnaire = builtIn.get();
        Optional<Path> log = LogFile.install(options.folders().logs());
        prompts = options.prompts().apply(new FxPrompts(this::shownStage, this::messages));
        AppInstance instance = AppInstance.current(BuildInfo.version());
        guard = new FileGuard(new ProjectLocks(instance), new RecoveryStore(options.folders().recovery(), instance),
                problem -> Platform.runLater(this::recoveryFailed));
        ProjectFiles files = new ProjectFiles(new Backups(options.folders().backups()), options.disk(), questionnaire);
        ProjectDocument document = new ProjectDocument(new ProjectDocument.Services(questionnaire, files,
                background, prompts, options.clock(), guard), messages);
        shell = new ShellViewModel(document, settingsStore, settings, Kickoff::example, this::exit,
                new ShellViewModel.Tools(background, prompts, options.clock(), files));
        unexpected = new UnexpectedErrors(guard, prompts, this::messages, log, options.clock());
        document.setOnUpgraded(upgrade -> prompts.showInfo(messages().get("upgrade.title"),
                new UpgradeReport(messages()).describe(upgrade, document.questionnaire())));
    }

    /** Builds the window on the given stage and shows it; returns the running application. */
    public static Kickoff start(Stage stage, Options options) {
        return start(stage, options, () -> new QuestionnaireReader().builtIn());
    }

    /** As {@link #start(Stage, Options)}, with the questionnaire read while the toolkit started. */
    static Kickoff start(Stage stage, Options options, Preload preload) {
        return start(stage, options, preload::questionnaire);
    }

    private static Kickoff start(Stage stage, Options options, Supplier<Questionnaire> builtIn) {
        Kickoff kickoff = new Kickoff(stage, options, builtIn);
        kickoff.catchUnexpected();
        kickoff.show();
        return kickoff;
    }

    /**
     * An exception nothing else handled (in an event handler, a listener, a background callback) is logged
     * and the work saved in its recovery copy; the window stays and the user is told.
     */
    private void catchUnexpected() {
        Thread.UncaughtExceptionHandler handler = (thread, error) -> {
            if (Platform.isFxApplicationThread()) {
                unexpected.handle(error);
            } else {
                Platform.runLater(() -> unexpected.handle(error));
            }
        };
        Thread.currentThread().setUncaughtExceptionHandler(handler);
        Thread.setDefaultUncaughtExceptionHandler(handler);
    }

    public ShellViewModel shell() {
        return shell;
    }

    /** Where the settings are kept. */
    public Path settingsFile() {
        return options.folders().settingsFile();
    }

    /** The owner of dialogs, put on screen first: an error can come before the first frame. */
    private Stage shownStage() {
        if (!stage.isShowing()) {
            stage.show();
        }
        return stage;
    }

    private Messages messages() {
        return shell.document().messagesProperty().get();
    }

    private void show() {
        applyTheme(shell.themeProperty().get());
        shell.themeProperty().subscribe((o, theme) -> applyTheme(theme));
        view = newView();
        Settings.WindowPlacement saved = shell.settingsProperty().get().window();
        javafx.geometry.Rectangle2D area = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (saved.x() != null && saved.y() != null) {
            area = javafx.stage.Screen.getScreensForRectangle(saved.x(), saved.y(), saved.width(), saved.height())
                    .stream().findFirst().orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        }
        Settings.WindowPlacement placement = saved.within(area.getMinX(), area.getMinY(), area.getWidth(),
                area.getHeight());
        Scene scene = new Scene(view, placement.width(), placement.height());
        scene.getStylesheets().add(Kickoff.class.getResource(Css.STYLESHEET).toExternalForm());
        acceptDroppedFiles(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(shell.document().titleProperty());
        if (placement.x() != null && placement.y() != null) {
            stage.setX(placement.x());
            stage.setY(placement.y());
        }
        stage.setMaximized(placement.maximized());
        // a window property, not CSS: in ems of the default font, like the sizes in the style sheet
        double em = javafx.scene.text.Font.getDefault().getSize();
        stage.setMinWidth(MIN_WIDTH_EM * em);
        stage.setMinHeight(MIN_HEIGHT_EM * em);
        stage.setOnCloseRequest(e -> {
            e.consume();
            rememberWindow();
            shell.quit();
        });
        shell.document().messagesProperty().subscribe((o, m) -> switchLanguage());
        openInitialProject();
        if (shell.document().busyProperty().get()) {
            showWhenRead();
        } else {
            stage.show();
        }
        // the first page is ready when the cards in its viewport are there (the rest follow, see TopicPageView)
        StartupProbe.watch(scene, s -> s.lookup("." + Css.PAGE_SCROLL) instanceof TopicPageView page
                ? page.isFilled() : s.lookup("." + Css.PAGE) != null);
        // someone else may have saved the file while Kickoff was in the background
        stage.focusedProperty().subscribe((was, focused) -> {
            if (focused) {
                shell.document().checkExternalChange();
            }
        });
        afterFirstFrame(scene, () -> {
            stage.getIcons().setAll(ICON_SIZES.stream().map(size -> new Image(
                    Kickoff.class.getResource("/icons/kickoff-" + size + ".png").toExternalForm())).toList());
            offerRecovery();
            warmUpExports();
        });
    }

    /** How long the window has shown its first frame before the PDF engine is warmed up. */
    private static final javafx.util.Duration WARM_UP_AFTER = javafx.util.Duration.seconds(1);

    /**
     * A moment after the first frame, one PDF of the open project is made on a thread of its own and thrown
     * away, so that the first export or print is as quick as later ones (see ExportViewModel#warmUp). Not in a
     * run that ends at the first frame, nor where -Dkickoff.pdfWarmUp=false (the tests, which have no use
     * for it on a busy machine).
     */
    private void warmUpExports() {
        if (StartupProbe.exits() || "false".equals(System.getProperty("kickoff.pdfWarmUp"))) {
            return;
        }
        javafx.animation.PauseTransition idle = new javafx.animation.PauseTransition(WARM_UP_AFTER);
        idle.setOnFinished(e -> shell.export().warmUp(task -> {
            Thread thread = new Thread(task, "kickoff-pdf-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }));
        idle.play();
    }

    /**
     * Runs {@code task} once the scene's first pulse is over, so that the first frame does not wait for it:
     * the window icons (decoding them was a twentieth of the start-up) and the look for a crashed run's work.
     */
    private static void afterFirstFrame(Scene scene, Runnable task) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(task);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** A recovery copy could not be written (full disk, say): the user should know before relying on it. */
    private void recoveryFailed() {
        shell.noticeProperty().set(messages().get("recovery.write-failed.notice"));
    }

    /** After a crash or kill: offers the unsaved work the last run left. */
    private void offerRecovery() {
        guard.recovery().ifPresent(store -> new RecoveryOffer(shell.document(), store, background, prompts,
                options.clock().getZone()).offer());
    }

    /**
     * Shows the window once the project to open has been read, so that its first frame (and the first
     * styling of its content) is the project's page and not, for a moment, the welcome page. The document
     * puts the project in place right after it stops being busy, hence the runLater; if the read failed,
     * the error message shows the window first (see {@link #shownStage()}).
     */
    private void showWhenRead() {
        Subscription[] once = new Subscription[1];
        once[0] = shell.document().busyProperty().subscribe(busy -> {
            if (!busy) {
                once[0].unsubscribe();
                Platform.runLater(this::shownStage);
            }
        });
    }

    private MainView newView() {
        return new MainView(shell, messages(), options.clock(), this::about);
    }

    /**
     * Builds the window anew in the other language, once the event that asked for it is over: the language
     * menu's own popup still belongs to the old menu bar and hides itself against it (replacing the root
     * inside its action left the popup without a scene).
     */
    private void switchLanguage() {
        Platform.runLater(() -> {
            view.dispose();
            view = newView();
            stage.getScene().setRoot(view);
        });
    }

    private void openInitialProject() {
        List<String> args = options.args().stream().filter(a -> !a.startsWith("-")).toList();
        if (!args.isEmpty()) {
            shell.document().open(Path.of(args.get(0)));
        } else {
            shell.reopenLast();
        }
    }

    private void applyTheme(String theme) {
        Application.setUserAgentStylesheet(Settings.DARK.equals(theme) ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (view != null) {
            view.pseudoClassStateChanged(Css.DARK, Settings.DARK.equals(theme));
        }
    }

    private void acceptDroppedFiles(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<java.io.File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            List<Path> paths = files.stream().map(java.io.File::toPath).toList();
            Platform.runLater(() -> shell.openDropped(paths));
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    private void rememberWindow() {
        boolean maximized = stage.isMaximized();
        shell.rememberWindow(new Settings.WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), maximized));
    }

    private void about() {
        new AboutDialog(stage, AboutViewModel.ofThisBuild(BuildInfo.version()), messages()).showAndWait();
    }

    private void exit() {
        guard.shutdown();
        background.shutdown();
        stage.hide();
        Platform.exit();
    }

    static byte[] example(ExampleProject example) {
        String file = switch (example) {
            case PARCEL_TRACKING -> "example.kickoff";
            case UTILITY_PORTAL -> "example-de.kickoff";
            case MVP -> "example-mvp.kickoff";
        };
        try (InputStream in = Kickoff.class.getResourceAsStream(EXAMPLES + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
