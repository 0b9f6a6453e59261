package org.kickoff.ui.page;

import atlantafx.base.theme.Styles;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kickoff.domain.NamedItem;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.common.GrowingTextArea;
import org.kickoff.ui.common.HoverTip;
import org.kickoff.ui.common.UndoableNotice;

/** A table of entries: one text field per column (equal widths), a remove button per row, add below. */
final class ListInput extends VBox {

    private final QuestionViewModel vm;
    private final ListModel model;
    private final Messages messages;
    private final VBox rows = new VBox();
    private int shownRows = -1;

    ListInput(QuestionViewModel vm, ListModel model, Messages messages) {
        this.vm = vm;
        this.model = model;
        this.messages = messages;
        getStyleClass().add(Css.LIST_INPUT);
        rows.getStyleClass().add(Css.LIST_ROWS);
        Button add = new Button(messages.get("question.list.add"));
        add.setId(Css.nodeId(vm.id()) + "-add");
        add.getStyleClass().add(Styles.BUTTON_OUTLINED);
        add.setOnAction(e -> {
            model.addEntry();
            focusCell(model.entries().size() - 1);
        });
        getChildren().addAll(rows, add);
        // rebuild only when rows come or go, so typing in a cell keeps its focus; and after an undo
        vm.valueProperty().subscribe(v -> {
            if (model.entries().size() != shownRows) {
                rebuild();
            }
        });
        vm.reloadsProperty().subscribe((o, n) -> rebuild());
    }

    private void rebuild() {
        rows.getChildren().clear();
        shownRows = model.entries().size();
        String language = messages.language();
        if (shownRows > 0) {
            HBox header = row();
            for (NamedItem column : model.columns()) {
                Label label = new Label(column.label().in(language));
                label.getStyleClass().add(Css.FIELD_LABEL);
                grow(label);
                header.getChildren().add(label);
            }
            Region gap = new Region();
            gap.getStyleClass().add(Css.REMOVE_GAP);
            header.getChildren().add(gap);
            rows.getChildren().add(header);
        }
        for (int r = 0; r < shownRows; r++) {
            int index = r;
            Map<String, String> entry = model.entries().get(r);
            HBox line = row();
            for (NamedItem column : model.columns()) {
                GrowingTextArea cell = new GrowingTextArea(entry.getOrDefault(column.id(), ""));
                cell.setId(Css.nodeId(vm.id()) + "-" + r + "-" + column.id());
                cell.setAccessibleText(column.label().in(language) + " " + (r + 1));
                grow(cell);
                cell.textProperty().subscribe((o, n) -> model.setCell(index, column.id(), n));
                line.getChildren().add(cell);
            }
            Button remove = new Button("\u00d7");
            remove.setId(Css.nodeId(vm.id()) + "-remove-" + r);
            remove.getStyleClass().addAll(Styles.FLAT, Css.REMOVE_ENTRY);
            remove.setAccessibleText(messages.get("question.list.remove", r + 1));
            HoverTip.install(remove, messages.get("question.list.remove", r + 1));
            remove.setOnAction(e -> {
                model.removeEntry(index);
                // from the list, not the button: the button has gone with its row
                fireEvent(new UndoableNotice(messages.get("question.list.removed", index + 1)));
            });
            line.getChildren().add(remove);
            rows.getChildren().add(line);
        }
    }

    private static HBox row() {
        HBox row = new HBox();
        row.getStyleClass().add(Css.ENTRY_ROW);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    /** Every cell starts from the same width and grows alike, so the columns line up. */
    private static void grow(Region region) {
        region.setPrefWidth(0);
        region.setMinWidth(0);
        region.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(region, Priority.ALWAYS);
    }

    private void focusCell(int row) {
        if (model.columns().isEmpty()) {
            return;
        }
        javafx.scene.Node cell = rows.lookup("#" + Css.nodeId(vm.id()) + "-" + row + "-" + model.columns().get(0).id());
        if (cell != null) {
            cell.requestFocus();
        }
    }
}
