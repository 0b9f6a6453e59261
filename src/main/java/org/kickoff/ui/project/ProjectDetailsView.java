package org.kickoff.ui.project;

import java.time.ZoneId;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.common.TabMovesFocus;
import org.kickoff.ui.common.Viewports;

/** The first page: what the project is called, what it is about, and who works on this kickoff. */
public final class ProjectDetailsView extends ScrollPane {

    public ProjectDetailsView(ProjectDetailsViewModel vm, Messages messages) {
        getStyleClass().add(Css.PAGE_SCROLL);
        setId("page-details");
        setFitToWidth(true);
        Viewports.uncached(this);
        Label title = new Label(messages.get("page.details"));
        title.getStyleClass().add(Css.PAGE_TITLE);
        Label intro = new Label(messages.get("details.intro"));
        intro.getStyleClass().add(Css.PAGE_INTRO);
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);

        TextField name = new TextField();
        name.setId("project-name");
        name.setPromptText(messages.get("details.name.prompt"));
        name.textProperty().bindBidirectional(vm.nameProperty());
        if (vm.nameProperty().get().isBlank()) {
            // a new project starts here: its name is the first thing to type
            name.sceneProperty().subscribe(scene -> {
                if (scene != null) {
                    javafx.application.Platform.runLater(name::requestFocus);
                }
            });
        }
        TextArea description = new TextArea();
        TabMovesFocus.install(description);
        Viewports.uncached(description);
        description.setId("project-description");
        description.setWrapText(true);
        description.setPrefRowCount(4);
        description.setPromptText(messages.get("details.description.prompt"));
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        TextArea authors = new TextArea();
        TabMovesFocus.install(authors);
        Viewports.uncached(authors);
        authors.setId("project-authors");
        authors.setPrefRowCount(3);
        authors.setPromptText(messages.get("details.authors.prompt"));
        authors.textProperty().bindBidirectional(vm.authorsProperty());

        VBox card = new VBox(6,
                label(messages.get("details.name"), name), name,
                label(messages.get("details.description"), description), description,
                label(messages.get("details.authors"), authors), authors,
                times(vm, messages));
        card.getStyleClass().add(Css.CARD);
        VBox page = new VBox(title, intro, card);
        page.getStyleClass().add(Css.PAGE);
        StackPane centered = new StackPane(page);
        centered.setAlignment(Pos.TOP_CENTER);
        setContent(centered);
    }

    private static Label times(ProjectDetailsViewModel vm, Messages messages) {
        var info = vm.project().info();
        Label label = new Label(messages.get("details.times",
                info.created() == null ? "\u2013" : messages.dateTime(info.created(), ZoneId.systemDefault()),
                !vm.isSaved() ? messages.get("document.not-saved")
                        : info.modified() == null ? "\u2013" : messages.dateTime(info.modified(), ZoneId.systemDefault()),
                vm.project().questionnaire().id(), vm.project().questionnaire().version()));
        label.getStyleClass().add(Css.MUTED);
        label.setWrapText(true);
        label.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        return label;
    }

    private static Label label(String text, javafx.scene.Node target) {
        Label label = new Label(text);
        label.getStyleClass().add(Css.FIELD_LABEL);
        label.setLabelFor(target);
        return label;
    }
}
