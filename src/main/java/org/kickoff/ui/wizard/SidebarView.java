package org.kickoff.ui.wizard;

import java.time.Clock;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.kickoff.domain.Progress;
import org.kickoff.i18n.Messages;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.common.Viewports;

/**
 * The pages as a column of buttons, each topic with its progress, and the overall progress above them.
 * A plain column rather than a virtualised list: eleven items, each keeping its own bindings.
 */
final class SidebarView extends VBox {

    private final Clock clock;

    /** @param clock today's date: whether an acceptance has run out */
    SidebarView(WizardViewModel vm, Messages messages, Clock clock) {
        this.clock = clock;
        getStyleClass().add(Css.SIDEBAR);
        setId("sidebar");
        Label overall = new Label();
        overall.setId("overall-progress-label");
        overall.getStyleClass().add(Css.OVERALL_LABEL);
        overall.setWrapText(true);
        overall.textProperty().bind(vm.overallProperty().map(p ->
                messages.get("sidebar.overall", p.done(), p.total(), p.open())));
        ProgressBar bar = new ProgressBar();
        bar.setId("overall-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.overallProgressProperty());
        bar.setAccessibleText(messages.get("sidebar.overall.accessible"));

        VBox items = new VBox(2);
        items.setId("topic-list");
        items.setAccessibleText(messages.get("sidebar.pages"));
        fill(vm, messages, items);
        // another questionnaire brings other pages
        javafx.collections.ListChangeListener<Page> pagesChanged = c -> fill(vm, messages, items);
        vm.pages().addListener(pagesChanged);
        pagesSubscription = () -> vm.pages().removeListener(pagesChanged);
        ScrollPane scroll = new ScrollPane(items);
        scroll.setFitToWidth(true);
        Viewports.uncached(scroll);
        scroll.getStyleClass().add(Css.SIDEBAR_SCROLL);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(overall, bar, scroll);
    }

    private Subscription itemSubscriptions = Subscription.EMPTY;
    private final Subscription pagesSubscription;

    /** Stops following the wizard: the window is rebuilt (another language). */
    void dispose() {
        pagesSubscription.unsubscribe();
        itemSubscriptions.unsubscribe();
    }

    private void fill(WizardViewModel vm, Messages messages, VBox items) {
        itemSubscriptions.unsubscribe();
        itemSubscriptions = Subscription.EMPTY;
        items.getChildren().clear();
        for (int i = 0; i < vm.pages().size(); i++) {
            items.getChildren().add(item(vm, messages, vm.pages().get(i), i));
        }
    }

    private Button item(WizardViewModel vm, Messages messages, Page page, int index) {
        Label title = new Label(title(page, messages));
        title.getStyleClass().add(Css.TITLE);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox line = new HBox(6, title);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(3, line);
        box.getStyleClass().add(Css.SIDEBAR_ITEM);

        Button button = new Button();
        button.getStyleClass().add(Css.SIDEBAR_BUTTON);
        button.setGraphic(box);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMnemonicParsing(false);
        button.setOnAction(e -> vm.jumpTo(page));
        button.setAccessibleText(title.getText());
        if (page instanceof Page.TopicPage topicPage) {
            button.setId("sidebar-" + topicPage.topic().id());
            Label counts = new Label();
            counts.getStyleClass().add(Css.SIDEBAR_COUNTS);
            counts.setMinHeight(Region.USE_PREF_SIZE);
            Label check = new Label("\u2713");
            check.getStyleClass().add(Css.CHECK);
            FractionBar progressBar = new FractionBar();
            progressBar.getStyleClass().add(Css.TOPIC_PROGRESS);
            progressBar.setMaxWidth(Double.MAX_VALUE);
            line.getChildren().add(check);
            box.getChildren().addAll(counts, progressBar);
            itemSubscriptions = itemSubscriptions.and(vm.evaluationProperty().subscribe(e -> {
                Progress p = vm.progress(topicPage.topic());
                counts.setText(messages.get("sidebar.counts", p.answered(), p.total(), p.open(), p.notApplicable())
                        + (p.invalid() == 0 ? "" : messages.get("sidebar.counts.invalid", p.invalid())));
                counts.pseudoClassStateChanged(Css.INVALID, p.invalid() > 0);
                boolean complete = p.isComplete() && p.total() > 0;
                check.setVisible(complete);
                progressBar.setFraction(p.fraction());
                button.pseudoClassStateChanged(Css.COMPLETE, complete);
                button.setAccessibleText(title.getText() + ", " + counts.getText());
            })).and(TopicRisks.show(box, vm, topicPage.topic(), messages, clock));
        } else {
            button.setId(page instanceof Page.Details ? "sidebar-details" : page instanceof Page.Actions
                    ? "sidebar-actions" : "sidebar-summary");
        }
        itemSubscriptions = itemSubscriptions.and(vm.currentIndexProperty()
                .subscribe(i -> button.pseudoClassStateChanged(Css.CURRENT, i.intValue() == index)));
        return button;
    }

    private static String title(Page page, Messages messages) {
        if (page instanceof Page.TopicPage t) {
            return t.topic().title().in(messages.language());
        }
        return page instanceof Page.Details ? messages.get("page.details") : page instanceof Page.Actions
                ? messages.get("page.actions") : messages.get("page.summary");
    }
}
