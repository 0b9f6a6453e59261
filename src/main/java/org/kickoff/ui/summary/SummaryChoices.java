package org.kickoff.ui.summary;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.kickoff.domain.Milestone;
import org.kickoff.i18n.Messages;
import org.kickoff.report.Document;
import org.kickoff.ui.common.Css;

/** The summary page's choices: the meeting brief (first) or the full record, and changes since which milestone. */
final class SummaryChoices {

    private SummaryChoices() {
    }

    static Node document(ExportViewModel export, Messages messages) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton brief = toggle("summary-brief", messages.get("summary.document.brief"), group,
                atlantafx.base.theme.Styles.LEFT_PILL);
        ToggleButton full = toggle("summary-full", messages.get("summary.document.full"), group,
                atlantafx.base.theme.Styles.RIGHT_PILL);
        (export.documentProperty().get() == Document.BRIEF ? brief : full).setSelected(true);
        group.selectedToggleProperty().subscribe((was, now) -> {
            if (now == null) {
                was.setSelected(true);
                return;
            }
            export.documentProperty().set(now == brief ? Document.BRIEF : Document.FULL);
        });
        HBox box = new HBox(brief, full);
        box.getStyleClass().add(Css.DOCUMENT_TOGGLE);
        return box;
    }

    private static ToggleButton toggle(String id, String text, ToggleGroup group, String pill) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.getStyleClass().add(pill);
        button.setMnemonicParsing(false);
        return button;
    }

    /** "Changes since: (none) / Kickoff workshop / ..."; not shown while the project has no milestone. */
    static Node since(SummaryViewModel vm, Messages messages) {
        ChoiceBox<Milestone> choice = new ChoiceBox<>();
        choice.setId("summary-since");
        choice.getItems().add(null);
        choice.getItems().addAll(vm.milestones());
        choice.setValue(vm.sinceProperty().get());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Milestone milestone) {
                return milestone == null ? messages.get("summary.since.none")
                        : messages.get("summary.since", milestone.name());
            }

            @Override
            public Milestone fromString(String text) {
                return null;
            }
        });
        choice.valueProperty().subscribe((o, n) -> vm.sinceProperty().set(n));
        choice.setVisible(!vm.milestones().isEmpty());
        choice.setManaged(!vm.milestones().isEmpty());
        return choice;
    }
}
