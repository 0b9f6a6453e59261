package org.kickoff.ui.about;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kickoff.ui.common.Buttons;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;

/**
 * Help &gt; About: the version, what Kickoff is, its licence, the libraries and fonts it contains with their
 * licences, and the licence texts (in English, as their authors wrote them).
 */
public final class AboutDialog extends Dialog<Void> {

    public AboutDialog(Window owner, AboutViewModel about, Messages messages) {
        initOwner(owner);
        setTitle(messages.get("about.title"));
        setHeaderText(messages.get("app.name") + " " + about.version());
        setResizable(true);
        getDialogPane().setId("about-dialog");
        // the window takes the pane's minimum width, not its preferred one (as the compare dialog's does)
        getDialogPane().setMinWidth(860);
        getDialogPane().setPrefHeight(660);

        VBox content = new VBox(10, wrapped(messages.get("about.text")), wrapped(messages.get("about.licence")));
        if (about.hasLibraries()) {
            TabPane tabs = new TabPane(new Tab(messages.get("about.tab.libraries"), libraries(about, messages)),
                    new Tab(messages.get("about.tab.texts"), texts(about, messages)));
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            VBox.setVgrow(tabs, Priority.ALWAYS);
            content.getChildren().add(tabs);
            about.lgplLibrary().ifPresent(lgpl -> content.getChildren().add(wrapped(messages.get("about.lgpl",
                    lgpl.name()))));
        } else {
            Label missing = wrapped(messages.get("about.notices-missing"));
            missing.setId("about-notices-missing");
            content.getChildren().add(missing);
        }
        Label runtime = wrapped(messages.get("about.runtime", System.getProperty("java.version"),
                System.getProperty("java.vendor"), about.runtimeNotices().toString()));
        runtime.getStyleClass().add(Css.MUTED);
        content.getChildren().add(runtime);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(Buttons.close(messages));
    }

    private static TableView<AboutViewModel.Library> libraries(AboutViewModel about, Messages messages) {
        TableView<AboutViewModel.Library> table = new TableView<>(FXCollections.observableList(about.libraries()));
        table.setId("about-libraries");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("about.column.name"), AboutViewModel.Library::name, 220));
        table.getColumns().add(column(messages.get("about.column.version"), AboutViewModel.Library::version, 80));
        table.getColumns().add(column(messages.get("about.column.licence"), AboutViewModel.Library::licence, 220));
        table.getColumns().add(column(messages.get("about.column.copyright"), AboutViewModel.Library::copyright, 300));
        return table;
    }

    private static TableColumn<AboutViewModel.Library, String> column(String title,
            Function<AboutViewModel.Library, String> value, double width) {
        TableColumn<AboutViewModel.Library, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> (ObservableValue<String>) new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 120));
        return column;
    }

    private static VBox texts(AboutViewModel about, Messages messages) {
        TextArea texts = new TextArea(about.licenceTexts());
        texts.setId("about-licence-texts");
        texts.setEditable(false);
        VBox.setVgrow(texts, Priority.ALWAYS);
        return new VBox(6, wrapped(messages.get("about.texts.language")), texts);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        // as tall as its wrapped lines: a VBox would otherwise squeeze it to one line and cut it off
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
