package org.kickoff.ui.page;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.common.Deferred;
import org.kickoff.ui.common.TabMovesFocus;
import org.kickoff.ui.common.Viewports;

/** The parts of a card below the input: owner and due date of an open question, the reason, the note. */
final class CardDetails {

    private CardDetails() {
    }

    static Node open(QuestionViewModel vm, Messages messages) {
        TextField owner = new TextField(vm.ownerProperty().get());
        owner.setId(Css.nodeId(vm.id()) + "-owner");
        owner.setPromptText(messages.get("question.owner.prompt"));
        owner.setAccessibleText(messages.get("question.owner"));
        owner.textProperty().bindBidirectional(vm.ownerProperty());
        HBox.setHgrow(owner, Priority.ALWAYS);

        DueDateField due = new DueDateField(vm, messages);
        Label ownerLabel = fieldLabel(messages.get("question.owner"), owner);
        Label dueLabel = fieldLabel(messages.get("question.due"), due.field());
        HBox row = new HBox(8, ownerLabel, owner, dueLabel, due);
        row.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId(Css.nodeId(vm.id()) + "-due-message");
        message.getStyleClass().add(Css.VALIDATION);
        DueDateModel dueDate = vm.dueDate();
        message.textProperty().bind(javafx.beans.binding.Bindings.when(dueDate.errorProperty().isNotEmpty())
                .then(dueDate.errorProperty()).otherwise(dueDate.warningProperty()));
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        dueDate.errorProperty().subscribe(error -> message.pseudoClassStateChanged(Css.WARNING, error.isEmpty()));
        VBox box = new VBox(4, row, message);
        box.visibleProperty().bind(vm.statusProperty().isEqualTo(AnswerStatus.OPEN));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    static Node reason(QuestionViewModel vm, Messages messages) {
        TextField reason = new TextField();
        reason.setId(Css.nodeId(vm.id()) + "-reason");
        reason.setPromptText(messages.get("question.reason.prompt"));
        reason.setAccessibleText(messages.get("question.reason"));
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        HBox row = new HBox(8, fieldLabel(messages.get("question.reason"), reason), reason);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(vm.notApplicableProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    static Node note(QuestionViewModel vm, Messages messages) {
        Hyperlink add = new Hyperlink(messages.get("question.note.add"));
        add.setId(Css.nodeId(vm.id()) + "-note-toggle");
        TextArea area = new TextArea();
        TabMovesFocus.install(area);
        Viewports.uncached(area);
        BooleanProperty shown = new SimpleBooleanProperty(!vm.noteProperty().get().isBlank());
        Deferred box = new Deferred(shown, () -> {
            area.setId(Css.nodeId(vm.id()) + "-note");
            area.setWrapText(true);
            area.setPrefRowCount(2);
            area.setPromptText(messages.get("question.note.prompt"));
            area.setAccessibleText(messages.get("question.note"));
            area.textProperty().bindBidirectional(vm.noteProperty());
            return new VBox(4, fieldLabel(messages.get("question.note"), area), area);
        });
        add.visibleProperty().bind(shown.not());
        add.managedProperty().bind(add.visibleProperty());
        add.setOnAction(e -> {
            shown.set(true);
            area.requestFocus();
        });
        return new VBox(add, box);
    }

    static Label fieldLabel(String text, Node target) {
        Label label = new Label(text);
        label.getStyleClass().add(Css.FIELD_LABEL);
        label.setLabelFor(target);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
