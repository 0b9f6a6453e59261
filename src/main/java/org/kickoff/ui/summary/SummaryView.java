package org.kickoff.ui.summary;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kickoff.i18n.Messages;
import org.kickoff.report.Summary;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.common.Viewports;

/**
 * The summary page: header, risks, open questions, not-applicable items, decisions and the appendix, with
 * Print and Export at the top. Every question links back to its page.
 */
public final class SummaryView extends ScrollPane {

    private final VBox page = new VBox();
    private final SummaryViewModel vm;
    private final ExportViewModel export;
    private final PrintAction print;

    public SummaryView(SummaryViewModel vm, ExportViewModel export) {
        this.vm = vm;
        this.export = export;
        this.print = new PrintAction(export, vm.messages());
        getStyleClass().add(Css.PAGE_SCROLL);
        setId("page-summary");
        setFitToWidth(true);
        Viewports.uncached(this);
        page.getStyleClass().addAll(Css.PAGE, "summary-page");
        StackPane centered = new StackPane(page);
        centered.setAlignment(Pos.TOP_CENTER);
        setContent(centered);
        vm.summaryProperty().subscribe(this::show);
        export.documentProperty().subscribe((o, n) -> show(vm.summaryProperty().get()));
        vm.sinceProperty().subscribe((o, n) -> vm.refresh());
        vm.refresh();
    }

    private void show(Summary summary) {
        Messages messages = vm.messages();
        Label title = new Label(messages.get("page.summary"));
        title.getStyleClass().add(Css.PAGE_TITLE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, title, spacer, SummaryChoices.document(export, messages),
                SummaryChoices.since(vm, messages), printButton(messages), exportButton(messages));
        top.setAlignment(Pos.CENTER_LEFT);
        page.getChildren().setAll(top);
        if (summary == null) {
            ProgressIndicator loading = new ProgressIndicator();
            loading.setPrefSize(32, 32);
            page.getChildren().add(loading);
            return;
        }
        page.getChildren().addAll(export.documentProperty().get() == org.kickoff.report.Document.BRIEF
                ? brief(summary, messages, vm::showQuestion)
                : sections(summary, messages, vm::showQuestion));
    }

    /** The meeting brief: the project, the risks and open questions to decide, the actions still to do. */
    static java.util.List<javafx.scene.Node> brief(Summary summary, Messages messages,
                                                    java.util.function.Consumer<String> showQuestion) {
        SummarySections sections = new SummarySections(messages, showQuestion);
        return java.util.stream.Stream.of(sections.header(summary.header()), sections.changes(summary.changes()),
                sections.risks(summary.risksToDecide(), summary.riskCounts(), messages.get("report.brief.risks")),
                sections.open(summary.openQuestions()), sections.actions(summary.pendingActions()))
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The sections of the page for a summary; public for the summary benchmark. */
    public static java.util.List<javafx.scene.Node> sections(Summary summary, Messages messages,
                                                              java.util.function.Consumer<String> showQuestion) {
        SummarySections sections = new SummarySections(messages, showQuestion);
        return java.util.stream.Stream.of(sections.header(summary.header()), sections.changes(summary.changes()),
                sections.risks(summary.risks(), summary.riskCounts(), messages.get("summary.risks")),
                sections.invalid(summary.invalidInput()), sections.actions(summary.actions()),
                sections.open(summary.openQuestions()),
                sections.notApplicable(summary.notApplicable()), sections.decisions(summary.decisions()),
                sections.appendix(summary.appendix())).filter(java.util.Objects::nonNull).toList();
    }

    private Button printButton(Messages messages) {
        Button button = new Button(messages.get("summary.print"));
        button.setId("summary-print");
        button.setOnAction(e -> print.print(getScene().getWindow()));
        return button;
    }

    private MenuButton exportButton(Messages messages) {
        MenuButton button = new MenuButton(messages.get("summary.export"));
        button.setId("summary-export");
        button.getStyleClass().add(Styles.ACCENT);
        button.getItems().setAll(ExportMenu.items(export, messages, "export-"));
        return button;
    }

}
