package org.kickoff.ui.summary;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;

/**
 * "Exporting to summary.pdf…" with a spinner and Cancel, while an export or print runs for more than a
 * moment (a quick one shows nothing, so nothing flickers). Cancel stops it: nothing is written, and the
 * window is free at once ({@link ExportViewModel#cancel()}).
 */
public final class ExportProgressView extends HBox {

    /** How long an export runs before it shows: as long as the busy indicator waits for file work. */
    static final Duration DELAY = Duration.millis(300);

    private final Subscription subscription;

    public ExportProgressView(ExportViewModel export, Messages messages) {
        super(6);
        setId("export-progress");
        setAlignment(Pos.CENTER_LEFT);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add(Css.BUSY_SPINNER);
        Label label = new Label();
        label.setId("export-progress-text");
        label.getStyleClass().add(Css.MUTED);
        Button cancel = new Button(messages.get("export.cancel"));
        cancel.setId("export-cancel");
        cancel.setOnAction(e -> export.cancel());
        getChildren().addAll(spinner, label, cancel);
        setVisible(false);
        managedProperty().bind(visibleProperty());

        PauseTransition delay = new PauseTransition(DELAY);
        delay.setOnFinished(e -> setVisible(true));
        Subscription running = export.exportingProperty().subscribe(now -> {
            if (now) {
                delay.playFromStart();
            } else {
                delay.stop();
                setVisible(false);
            }
        });
        subscription = running.and(export.exportTargetProperty().subscribe(target -> label.setText(
                target == null ? messages.get("print.running") : messages.get("export.running", target.getFileName()))));
    }

    /** Stops following the export: the window is rebuilt (another language). */
    public void dispose() {
        subscription.unsubscribe();
    }
}
