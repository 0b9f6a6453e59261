package org.kickoff.ui.common;

import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.util.Subscription;

/**
 * A part of a view that is built the first time it is to be shown, and shown and hidden (taking no space)
 * with {@code shown} from then on. Most question cards never show their "open" and "not applicable"
 * details or a note; building and styling those controls on every card was a visible share of the time
 * to open a page (see packaging/bench/startup.sh).
 */
public final class Deferred extends StackPane {

    private final Supplier<? extends Node> content;
    private Subscription untilBuilt;

    public Deferred(ObservableValue<Boolean> shown, Supplier<? extends Node> content) {
        this.content = content;
        visibleProperty().bind(shown);
        managedProperty().bind(visibleProperty());
        untilBuilt = shown.subscribe(this::showing);
        if (!getChildren().isEmpty()) {
            // shown from the start: built during subscribe, before there was a subscription to end
            untilBuilt.unsubscribe();
        }
    }

    private void showing(Boolean shown) {
        if (Boolean.TRUE.equals(shown) && getChildren().isEmpty()) {
            getChildren().add(content.get());
            if (untilBuilt != null) {
                untilBuilt.unsubscribe();
            }
        }
    }
}
