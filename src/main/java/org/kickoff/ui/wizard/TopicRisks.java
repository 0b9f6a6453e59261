package org.kickoff.ui.wizard;

import java.time.Clock;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.util.Subscription;
import org.kickoff.domain.Register;
import org.kickoff.domain.RiskItem;
import org.kickoff.domain.RiskLevel;
import org.kickoff.domain.Topic;
import org.kickoff.i18n.Labels;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;

/** The risks of a topic in the sidebar: how many of each level are neither accepted nor resolved. */
final class TopicRisks {

    private TopicRisks() {
    }

    /** Adds the line to {@code box} and keeps it up to date; the subscription ends that. */
    static Subscription show(Pane box, WizardViewModel vm, Topic topic, Messages messages, Clock clock) {
        Label label = new Label();
        label.getStyleClass().addAll(Css.SIDEBAR_COUNTS, Css.SIDEBAR_RISKS);
        label.setId("sidebar-risks-" + topic.id());
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setVisible(false);
        label.setManaged(false);
        box.getChildren().add(label);
        return vm.evaluationProperty().subscribe(e -> {
            if (e == null || vm.document().project() == null) {
                return;
            }
            Register register = Register.of(e, vm.document().project(), LocalDate.now(clock));
            StringBuilder text = new StringBuilder();
            int total = 0;
            for (RiskLevel level : RiskLevel.values()) {
                long count = register.current().stream().filter(i -> i.topicId().equals(topic.id())
                        && i.level() == level && i.isUnaddressed()).count();
                if (count > 0) {
                    text.append(text.length() == 0 ? "" : " \u00b7 ").append(count).append(' ')
                            .append(messages.get(Labels.level(level)));
                    total += count;
                }
            }
            label.setText(total == 0 ? "" : messages.get("sidebar.risks", text.toString()));
            label.setVisible(total > 0);
            label.setManaged(total > 0);
            label.pseudoClassStateChanged(Css.INVALID, register.current().stream().anyMatch(i -> i.topicId()
                    .equals(topic.id()) && i.level() == RiskLevel.HIGH && i.isUnaddressed()));
        });
    }
}
