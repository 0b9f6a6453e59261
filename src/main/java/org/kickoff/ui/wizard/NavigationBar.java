package org.kickoff.ui.wizard;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.common.Deferred;
import org.kickoff.ui.summary.ExportProgressView;
import org.kickoff.ui.summary.ExportViewModel;

/** Back and Next at the bottom; Next on the last topic leads to the summary. Shows save state. */
final class NavigationBar extends HBox {

    /** How long file work runs before the spinner appears. */
    static final int BUSY_DELAY_MS = 300;

    NavigationBar(WizardViewModel vm, javafx.beans.property.StringProperty notice, ExportViewModel export,
                  Messages messages) {
        getStyleClass().add(Css.NAV_BAR);
        Button back = new Button(messages.get("nav.back"));
        back.setId("nav-back");
        back.disableProperty().bind(vm.canGoBackProperty().not());
        back.setOnAction(e -> vm.back());
        Button next = new Button();
        next.setId("nav-next");
        next.getStyleClass().add(Styles.ACCENT);
        next.textProperty().bind(Bindings.when(vm.nextLeadsToSummaryProperty())
                .then(messages.get("nav.to-summary")).otherwise(messages.get("nav.next")));
        next.disableProperty().bind(vm.canGoNextProperty().not());
        next.setOnAction(e -> vm.next());
        next.setDefaultButton(false);

        Label position = new Label();
        position.setId("nav-position");
        position.getStyleClass().add(Css.MUTED);
        position.textProperty().bind(Bindings.createStringBinding(() ->
                messages.get("nav.position", vm.currentIndexProperty().get() + 1, vm.pages().size()),
                vm.currentIndexProperty(), vm.pages()));

        Label saveState = new Label();
        saveState.setId("save-state");
        saveState.getStyleClass().add(Css.MUTED);
        // a project never saved is not "saved" however little was changed: it is in no file yet
        saveState.textProperty().bind(Bindings.createStringBinding(() -> vm.document().file().isEmpty()
                ? messages.get("nav.not-saved-yet") : vm.document().isDirty() ? messages.get("nav.unsaved")
                : messages.get("nav.saved"), vm.document().dirtyProperty(), vm.document().titleProperty()));
        Label noticeLabel = new Label();
        noticeLabel.setId("notice");
        noticeLabel.textProperty().bind(notice);
        noticeLabel.visibleProperty().bind(notice.isNotEmpty());
        noticeLabel.managedProperty().bind(noticeLabel.visibleProperty());
        PauseTransition fade = new PauseTransition(Duration.seconds(6));
        fade.setOnFinished(e -> notice.set(""));
        Subscription fading = notice.subscribe(text -> {
            if (!text.isEmpty()) {
                fade.playFromStart();
            }
        });
        BooleanProperty spinning = new SimpleBooleanProperty();
        Node busy = busyIndicator(spinning);
        // an export or print under way, with Cancel, beside the busy indicator
        ExportProgressView exporting = new ExportProgressView(export, messages);
        subscription = fading.and(delayed(vm.document().busyProperty(), spinning)).and(exporting::dispose);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(back, position, spacer, noticeLabel, exporting, busy, saveState, next);
    }

    private final Subscription subscription;

    /** Stops following the document: the window is rebuilt (another language). */
    void dispose() {
        subscription.unsubscribe();
    }

    /**
     * {@code shown} follows {@code busy} once file work takes longer than a moment: quick work (most saves,
     * opening a project at start-up) shows no spinner, so nothing flickers.
     */
    private static Subscription delayed(ObservableValue<Boolean> busy, BooleanProperty shown) {
        PauseTransition delay = new PauseTransition(Duration.millis(BUSY_DELAY_MS));
        delay.setOnFinished(e -> shown.set(true));
        return busy.subscribe(now -> {
            if (Boolean.TRUE.equals(now)) {
                delay.playFromStart();
            } else {
                delay.stop();
                shown.set(false);
            }
        });
    }

    /** A spinner while {@code shown}, built only when first needed. */
    private static Node busyIndicator(ObservableValue<Boolean> shown) {
        return new Deferred(shown, () -> {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setId("busy");
            spinner.getStyleClass().add(Css.BUSY_SPINNER);
            return spinner;
        });
    }
}
