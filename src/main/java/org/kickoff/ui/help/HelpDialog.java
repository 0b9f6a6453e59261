package org.kickoff.ui.help;

import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Buttons;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.common.Shortcut;

/** Help, inside the window and offline: the keyboard shortcuts, or the first steps. */
public final class HelpDialog extends Dialog<Void> {

    private HelpDialog(Window owner, Messages messages, String id, String titleKey, javafx.scene.Node content) {
        initOwner(owner);
        setTitle(messages.get(titleKey));
        setHeaderText(messages.get(titleKey));
        setResizable(true);
        Css.style(getDialogPane(), Css.HELP_DIALOG);
        getDialogPane().setId(id);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Css.DIALOG_SCROLL);
        getDialogPane().setContent(scroll);
        getDialogPane().getButtonTypes().add(Buttons.close(messages));
    }

    /** Every shortcut, by group, as the menus show them. */
    public static HelpDialog shortcuts(Window owner, Messages messages) {
        VBox content = new VBox(12);
        for (HelpTopics.Group group : HelpTopics.SHORTCUTS) {
            Label heading = new Label(messages.get(group.titleKey()));
            heading.getStyleClass().add(Css.QUESTION_TEXT);
            GridPane keys = new GridPane();
            keys.getStyleClass().add(Css.HELP_KEYS);
            // the keys are never cut ("Strg+Umschalt+Rücktaste"); the descriptions wrap instead
            javafx.scene.layout.ColumnConstraints keyColumn = new javafx.scene.layout.ColumnConstraints();
            keyColumn.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.layout.ColumnConstraints whatColumn = new javafx.scene.layout.ColumnConstraints();
            whatColumn.setHgrow(javafx.scene.layout.Priority.ALWAYS);
            keys.getColumnConstraints().addAll(keyColumn, whatColumn);
            int row = 0;
            for (HelpTopics.Key key : group.keys()) {
                Label combination = new Label(Shortcut.of(key.keys(), messages).getDisplayText());
                combination.getStyleClass().add(Css.HELP_KEY);
                Label what = new Label(messages.get(key.whatKey()));
                what.setWrapText(true);
                keys.addRow(row++, combination, what);
                GridPane.setValignment(combination, javafx.geometry.VPos.TOP);
            }
            content.getChildren().addAll(heading, keys);
        }
        return new HelpDialog(owner, messages, "shortcuts-dialog", "help.shortcuts.title", content);
    }

    /** The first steps with the example project, in a few paragraphs. */
    public static HelpDialog gettingStarted(Window owner, Messages messages) {
        VBox content = new VBox(10);
        for (String key : HelpTopics.GETTING_STARTED) {
            Label paragraph = new Label(messages.get(key));
            paragraph.setWrapText(true);
            paragraph.getStyleClass().add(Css.HELP_TEXT);
            content.getChildren().add(paragraph);
        }
        return new HelpDialog(owner, messages, "getting-started-dialog", "help.start.title", content);
    }
}
