package org.kickoff.ui.find;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.control.textfield.TextFields;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;

/**
 * Find and filter, above the page: a search field (ControlsFX's, with its clear button), the filters with
 * how many questions each finds, and the questions found; Enter or a click goes there, Escape closes.
 */
public final class FindBar extends VBox {

    private final FindViewModel vm;
    private final TextField field = TextFields.createClearableTextField();
    private final ListView<FindViewModel.Hit> results = new ListView<>();
    private final Subscription subscription;
    private Runnable onClose = () -> { };

    public FindBar(FindViewModel vm, Messages messages) {
        this.vm = vm;
        setId("find-bar");
        getStyleClass().add(Css.FIND_BAR);
        field.setId("find-field");
        field.setPromptText(messages.get("find.prompt"));
        field.setAccessibleText(messages.get("find.prompt"));
        HBox.setHgrow(field, Priority.ALWAYS);
        field.textProperty().bindBidirectional(vm.queryProperty());

        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> filters = new ArrayList<>();
        FlowPane chips = new FlowPane(6, 4);
        chips.getStyleClass().add(Css.FIND_FILTERS);
        for (FindViewModel.Filter filter : FindViewModel.Filter.values()) {
            ToggleButton chip = new ToggleButton();
            chip.setId("find-" + filter.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            chip.setUserData(filter);
            chip.setToggleGroup(group);
            chip.setMnemonicParsing(false);
            chip.setSelected(filter == vm.filterProperty().get());
            filters.add(chip);
            chips.getChildren().add(chip);
        }
        group.selectedToggleProperty().subscribe((old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                vm.filterProperty().set((FindViewModel.Filter) now.getUserData());
            }
        });

        Button close = new Button(messages.get("find.close"));
        close.setId("find-close");
        close.setOnAction(e -> onClose.run());
        HBox top = new HBox(8, field, close);
        top.setAlignment(Pos.CENTER_LEFT);

        results.setId("find-results");
        results.getStyleClass().add(Css.FIND_RESULTS);
        results.setPlaceholder(new Label(messages.get("find.none")));
        results.setCellFactory(list -> new HitCell());
        results.setOnMouseClicked(e -> go());
        results.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                go();
                e.consume();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !results.getItems().isEmpty()) {
                results.getSelectionModel().selectFirst();
                go();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                onClose.run();
                e.consume();
            }
        });
        results.setItems(vm.hits());
        results.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.hits())
                .or(vm.queryProperty().isNotEmpty()).or(vm.filterProperty().isNotEqualTo(FindViewModel.Filter.ALL)));
        results.managedProperty().bind(results.visibleProperty());
        getChildren().addAll(top, chips, results);

        subscription = vm.queryProperty().subscribe(q -> vm.refresh())
                .and(vm.filterProperty().subscribe(f -> vm.refresh()))
                .and(vm.countsProperty().subscribe(counts -> label(filters, counts, messages)));
    }

    private static void label(List<ToggleButton> chips, Map<FindViewModel.Filter, Integer> counts,
                              Messages messages) {
        for (ToggleButton chip : chips) {
            FindViewModel.Filter filter = (FindViewModel.Filter) chip.getUserData();
            chip.setText(messages.get("find.filter", messages.get(key(filter)), counts.getOrDefault(filter, 0)));
        }
    }

    private static String key(FindViewModel.Filter filter) {
        return switch (filter) {
            case ALL -> "find.all";
            case UNANSWERED -> "find.unanswered";
            case OPEN -> "find.open";
            case OVERDUE -> "find.overdue";
            case NOT_APPLICABLE -> "find.not-applicable";
            case WITH_RISK -> "find.with-risk";
            case CHANGED -> "find.changed";
        };
    }

    private void go() {
        FindViewModel.Hit hit = results.getSelectionModel().getSelectedItem();
        if (hit != null) {
            vm.show(hit);
        }
    }

    /** Puts the focus in the search field, its text selected, and searches again (the answers may have changed). */
    public void focusField() {
        vm.refresh();
        field.requestFocus();
        field.selectAll();
    }

    public void setOnClose(Runnable action) {
        onClose = action;
    }

    public void dispose() {
        subscription.unsubscribe();
    }

    /** A question found: its text, then its topic and the bit that matched. */
    private static final class HitCell extends ListCell<FindViewModel.Hit> {
        @Override
        protected void updateItem(FindViewModel.Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label question = new Label(hit.question());
            question.getStyleClass().add(Css.FIND_HIT);
            Label where = new Label(hit.context().isEmpty() ? hit.topicTitle()
                    : hit.topicTitle() + " \u00b7 " + hit.context());
            where.getStyleClass().add(Css.MUTED);
            setGraphic(new VBox(1, question, where));
            setText(null);
            setId("find-hit-" + Css.nodeId(hit.questionId()));
        }
    }
}
