package org.kickoff.ui.welcome;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;

/** Shown when no project is open: start a new one, open one, look at the example, or pick a recent file. */
public final class WelcomeView extends VBox {

    private final WelcomeActions shell;
    private final Messages messages;
    private final VBox recent = new VBox(2);
    private final javafx.util.Subscription subscription;

    public WelcomeView(WelcomeActions shell, Messages messages) {
        this.shell = shell;
        this.messages = messages;
        getStyleClass().add(Css.WELCOME);
        setId("welcome");
        Label title = new Label(messages.get("app.name"));
        title.getStyleClass().add(Css.WELCOME_TITLE);
        Label subtitle = new Label(messages.get("welcome.subtitle"));
        subtitle.getStyleClass().add(Css.SUBTITLE);
        subtitle.setWrapText(true);

        Button create = action("welcome-new", messages.get("welcome.new"), shell::newProject);
        create.getStyleClass().add(Styles.ACCENT);
        Button open = action("welcome-open", messages.get("welcome.open"), shell::open);
        Button example = action("welcome-example", messages.get("welcome.example"), shell::openExample);
        MenuButton more = new MenuButton(messages.get("welcome.examples.more"));
        more.setId("welcome-more-examples");
        for (ExampleProject project : ExampleProject.values()) {
            MenuItem item = new MenuItem(messages.get(project.labelKey()));
            item.setId("welcome-example-" + project.id());
            item.setOnAction(e -> shell.openExample(project));
            more.getItems().add(item);
        }
        FlowPane actions = new FlowPane(12, 12, create, open, example, more);

        Label recentTitle = new Label(messages.get("welcome.recent"));
        recentTitle.getStyleClass().add(Css.RECENT_TITLE);
        recent.getStyleClass().add(Css.RECENT);
        recent.setId("recent-files");
        fillRecent();
        ListChangeListener<Path> recentChanged = c -> fillRecent();
        shell.recentFiles().addListener(recentChanged);
        subscription = () -> shell.recentFiles().removeListener(recentChanged);

        VBox content = new VBox(title, subtitle, actions, recentTitle, recent);
        content.getStyleClass().add(Css.CONTENT);
        getChildren().add(content);
    }

    /** Shows the recent files as they are now remembered. */
    public void fillRecent() {
        recent.getChildren().clear();
        if (shell.recentFiles().isEmpty()) {
            Label none = new Label(messages.get("welcome.recent.none"));
            none.getStyleClass().add(Css.MUTED);
            recent.getChildren().add(none);
            return;
        }
        for (Path file : shell.recentFiles()) {
            // by the project's name, how far it is and when it was saved: file names alone say little
            java.util.Optional<org.kickoff.storage.Settings.Memory> memory = shell.memory(file);
            String name = memory.map(org.kickoff.storage.Settings.Memory::name).filter(n -> !n.isBlank())
                    .orElse(file.getFileName().toString());
            Hyperlink link = new Hyperlink(name);
            link.setOnAction(e -> shell.openRecent(file));
            link.setAccessibleText(messages.get("welcome.recent.open", file));
            Label path = new Label(memory.map(m -> messages.get("welcome.recent.state", m.percentDone(),
                    m.saved() == null ? messages.get("document.not-saved")
                            : messages.dateTime(m.saved(), java.time.ZoneId.systemDefault())) + " \u00b7 ").orElse("")
                    + file.toAbsolutePath());
            path.getStyleClass().add(Css.PATH);
            recent.getChildren().add(new VBox(0, link, path));
        }
    }

    private static Button action(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(Css.ACTION);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Stops following the recent files: the window is rebuilt (another language). */
    public void dispose() {
        subscription.unsubscribe();
    }
}
