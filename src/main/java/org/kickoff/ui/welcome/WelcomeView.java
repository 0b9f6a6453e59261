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
import org.kickoff.ui.wizard.ExampleLabels;
import org.kickoff.ui.wizard.ExampleProject;
import org.kickoff.ui.wizard.ShellViewModel;

/** Shown when no project is open: start a new one, open one, look at the example, or pick a recent file. */
public final class WelcomeView extends VBox {

    private final ShellViewModel shell;
    private final Messages messages;
    private final VBox recent = new VBox(2);

    public WelcomeView(ShellViewModel shell, Messages messages) {
        this.shell = shell;
        this.messages = messages;
        getStyleClass().add(Css.WELCOME);
        setId("welcome");
        Label title = new Label(messages.get("app.name"));
        title.getStyleClass().add(Css.WELCOME_TITLE);
        Label subtitle = new Label(messages.get("welcome.subtitle"));
        subtitle.getStyleClass().add("subtitle");
        subtitle.setWrapText(true);

        Button create = action("welcome-new", messages.get("welcome.new"), shell.document()::newProject);
        create.getStyleClass().add(Styles.ACCENT);
        Button open = action("welcome-open", messages.get("welcome.open"), shell.document()::open);
        Button example = action("welcome-example", messages.get("welcome.example"), shell::openExample);
        MenuButton more = new MenuButton(messages.get("welcome.examples.more"));
        more.setId("welcome-more-examples");
        for (ExampleProject project : ExampleProject.values()) {
            MenuItem item = new MenuItem(messages.get(ExampleLabels.key(project)));
            item.setId("welcome-example-" + ExampleLabels.id(project));
            item.setOnAction(e -> shell.openExample(project));
            more.getItems().add(item);
        }
        FlowPane actions = new FlowPane(12, 12, create, open, example, more);

        Label recentTitle = new Label(messages.get("welcome.recent"));
        recentTitle.getStyleClass().add("recent-title");
        recent.getStyleClass().add("recent");
        recent.setId("recent-files");
        fillRecent();
        shell.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent());

        VBox content = new VBox(title, subtitle, actions, recentTitle, recent);
        content.getStyleClass().add("content");
        getChildren().add(content);
    }

    private void fillRecent() {
        recent.getChildren().clear();
        if (shell.recentFiles().isEmpty()) {
            Label none = new Label(messages.get("welcome.recent.none"));
            none.getStyleClass().add(Css.MUTED);
            recent.getChildren().add(none);
            return;
        }
        for (Path file : shell.recentFiles()) {
            Hyperlink link = new Hyperlink(file.getFileName().toString());
            link.setOnAction(e -> shell.openRecent(file));
            link.setAccessibleText(messages.get("welcome.recent.open", file));
            Label path = new Label(file.toAbsolutePath().getParent() == null ? "" : file.toAbsolutePath().getParent().toString());
            path.getStyleClass().add("path");
            recent.getChildren().add(new VBox(0, link, path));
        }
    }

    private static Button action(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("action");
        button.setOnAction(e -> action.run());
        return button;
    }
}
