package org.kickoff.ui.page;

import atlantafx.base.theme.Styles;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kickoff.domain.NamedItem;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;

/** A table of entries: one text field per column, a remove button per row, an add button below. */
final class ListInput extends VBox {

    private final QuestionViewModel vm;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private int shownRows = -1;

    ListInput(QuestionViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        setSpacing(6);
        grid.setHgap(8);
        grid.setVgap(6);
        for (int c = 0; c < vm.columns().size(); c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(Priority.ALWAYS);
            column.setFillWidth(true);
            grid.getColumnConstraints().add(column);
        }
        grid.getColumnConstraints().add(new ColumnConstraints());
        grid.setMaxWidth(Double.MAX_VALUE);
        Button add = new Button(messages.get("question.list.add"));
        add.setId(Css.nodeId(vm.id()) + "-add");
        add.getStyleClass().add(Styles.BUTTON_OUTLINED);
        add.setOnAction(e -> {
            vm.addEntry();
            focusCell(vm.entries().size() - 1);
        });
        getChildren().addAll(grid, add);
        // rebuild only when rows come or go, so typing in a cell keeps its focus
        vm.valueProperty().subscribe(v -> {
            if (vm.entries().size() != shownRows) {
                rebuild();
            }
        });
    }

    private void rebuild() {
        grid.getChildren().clear();
        shownRows = vm.entries().size();
        String language = messages.language();
        if (shownRows > 0) {
            for (int c = 0; c < vm.columns().size(); c++) {
                Label header = new Label(vm.columns().get(c).label().in(language));
                header.getStyleClass().add(Css.FIELD_LABEL);
                grid.add(header, c, 0);
            }
        }
        for (int r = 0; r < shownRows; r++) {
            int row = r;
            Map<String, String> entry = vm.entries().get(r);
            for (int c = 0; c < vm.columns().size(); c++) {
                NamedItem column = vm.columns().get(c);
                TextField cell = new TextField(entry.getOrDefault(column.id(), ""));
                cell.setId(Css.nodeId(vm.id()) + "-" + r + "-" + column.id());
                cell.setAccessibleText(column.label().in(language) + " " + (r + 1));
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.textProperty().subscribe((o, n) -> vm.setCell(row, column.id(), n));
                grid.add(cell, c, r + 1);
            }
            Button remove = new Button("\u2715");
            remove.setId(Css.nodeId(vm.id()) + "-remove-" + r);
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setAccessibleText(messages.get("question.list.remove", r + 1));
            remove.setTooltip(new javafx.scene.control.Tooltip(messages.get("question.list.remove", r + 1)));
            remove.setOnAction(e -> vm.removeEntry(row));
            GridPane.setValignment(remove, javafx.geometry.VPos.CENTER);
            grid.add(remove, vm.columns().size(), r + 1);
        }
        grid.setAlignment(Pos.TOP_LEFT);
    }

    private void focusCell(int row) {
        if (vm.columns().isEmpty()) {
            return;
        }
        javafx.scene.Node cell = grid.lookup("#" + Css.nodeId(vm.id()) + "-" + row + "-" + vm.columns().get(0).id());
        if (cell != null) {
            cell.requestFocus();
        }
    }
}
