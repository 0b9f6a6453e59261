package org.kickoff.ui.page;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kickoff.domain.AnswerStatus;
import org.kickoff.domain.Reference;
import org.kickoff.i18n.Messages;
import org.kickoff.i18n.ReferenceText;
import org.kickoff.ui.common.Css;
import org.kickoff.ui.common.Deferred;
import org.kickoff.ui.common.HoverTip;

/**
 * One question: its text, guidance one click away (also from the tags of the references it cites), the
 * input for its type, its state (answer now, open with owner and due date, or not applicable with a
 * reason) and a note.
 */
final class QuestionCard extends VBox {

    QuestionCard(QuestionViewModel vm, Messages messages) {
        getStyleClass().add(Css.CARD);
        setId(Css.nodeId(vm.id()));
        Label text = new Label(vm.text());
        text.getStyleClass().add(Css.QUESTION_TEXT);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(12, text, new RiskBadge(vm, messages), stateBox(vm, messages));
        header.setAlignment(Pos.TOP_LEFT);
        // the clear command, also for keyboards: Ctrl+Shift+Backspace anywhere in the card
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (CLEAR.match(e) && vm.clearableProperty().get()) {
                vm.clearAnswer();
                e.consume();
            }
        });

        Node input = Inputs.create(vm, messages);
        input.getStyleClass().add(Css.ANSWER_INPUT);
        input.disableProperty().bind(vm.notApplicableProperty());

        getChildren().addAll(header, new Deferred(vm.changedSinceAnsweredProperty(), () -> changedBanner(vm, messages)),
                guidance(vm, messages), input,
                new Deferred(vm.statusProperty().isEqualTo(AnswerStatus.OPEN), () -> CardDetails.open(vm, messages)),
                new Deferred(vm.notApplicableProperty(), () -> CardDetails.reason(vm, messages)), CardDetails.note(vm, messages));
        vm.invalidProperty().subscribe(invalid -> pseudoClassStateChanged(Css.INVALID, invalid));
        vm.statusProperty().subscribe(status -> {
            pseudoClassStateChanged(Css.ANSWERED, status == AnswerStatus.ANSWERED);
            pseudoClassStateChanged(Css.OPEN, status == AnswerStatus.OPEN);
            pseudoClassStateChanged(Css.NOT_APPLICABLE, status == AnswerStatus.NOT_APPLICABLE);
        });
        setAccessibleText(vm.text());
    }

    /*
     * The card's heights for the widths it was last asked about, until something in it changes. A page asks
     * every card for its heights at every layout, and the wrapped texts make that a text layout per card
     * (JavaFX caches a height only for no given width): a keystroke in one card, or a card added below the
     * viewport, laid out the texts of all the page's cards again, which at 50 cards was most of the frame.
     * Two widths, since the page and its scroll pane ask with widths two pixels apart. Anything that changes
     * a height (text, a part shown or hidden, style) asks for a layout, which reaches the card through
     * requestLayout.
     */
    private final HeightCache prefHeights = new HeightCache();
    private final HeightCache minHeights = new HeightCache();

    /** Heights by width, for the last two widths asked about. */
    private static final class HeightCache {
        private final double[] widths = {Double.NaN, Double.NaN};
        private final double[] heights = new double[2];
        private int next;

        double get(double width, java.util.function.DoubleUnaryOperator compute) {
            for (int i = 0; i < widths.length; i++) {
                if (widths[i] == width) {
                    return heights[i];
                }
            }
            double height = compute.applyAsDouble(width);
            widths[next] = width;
            heights[next] = height;
            next = (next + 1) % widths.length;
            return height;
        }

        void clear() {
            widths[0] = Double.NaN;
            widths[1] = Double.NaN;
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return prefHeights.get(width, super::computePrefHeight);
    }

    @Override
    protected double computeMinHeight(double width) {
        return minHeights.get(width, super::computeMinHeight);
    }

    @Override
    public void requestLayout() {
        // called from VBox's constructor, before the caches exist
        if (prefHeights != null) {
            prefHeights.clear();
            minHeights.clear();
        }
        super.requestLayout();
    }

    /** Marks the card for a moment: a follow-up that has just appeared. */
    void flash() {
        pseudoClassStateChanged(Css.NEW, true);
        javafx.animation.PauseTransition fade = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
        fade.setOnFinished(e -> pseudoClassStateChanged(Css.NEW, false));
        fade.play();
    }

    static final javafx.scene.input.KeyCombination CLEAR = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.BACK_SPACE, javafx.scene.input.KeyCombination.SHORTCUT_DOWN,
            javafx.scene.input.KeyCombination.SHIFT_DOWN);

    /**
     * The state toggles and, below them, "Clear answer" while there is something to clear. Its place is kept
     * when it is not shown, so that the card keeps its geometry as it becomes answered.
     */
    private static Node stateBox(QuestionViewModel vm, Messages messages) {
        Hyperlink clear = new Hyperlink(messages.get("question.clear"));
        clear.setId(Css.nodeId(vm.id()) + "-clear");
        clear.getStyleClass().add(Css.CLEAR_ANSWER);
        clear.visibleProperty().bind(vm.clearableProperty());
        clear.setOnAction(e -> {
            clear.setVisited(false);
            vm.clearAnswer();
        });
        HoverTip.install(clear, messages.get("question.clear.tip"));
        VBox box = new VBox(2, statusToggles(vm, messages), clear);
        box.setAlignment(Pos.TOP_RIGHT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static Node statusToggles(QuestionViewModel vm, Messages messages) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton answer = toggle(vm, group, "answer", messages.get("question.state.answer"), Styles.LEFT_PILL);
        ToggleButton open = toggle(vm, group, "open", messages.get("question.state.open"), Styles.CENTER_PILL);
        ToggleButton na = toggle(vm, group, "na", messages.get("question.state.na"), Styles.RIGHT_PILL);
        HoverTip.install(answer, messages.get("question.state.answer.tip"));
        HoverTip.install(open, messages.get("question.state.open.tip"));
        HoverTip.install(na, messages.get("question.state.na.tip"));
        vm.statusProperty().subscribe(status -> {
            ToggleButton selected = switch (status) {
                case OPEN -> open;
                case NOT_APPLICABLE -> na;
                default -> answer;
            };
            if (!selected.isSelected()) {
                selected.setSelected(true);
            }
        });
        group.selectedToggleProperty().subscribe((old, now) -> {
            if (now == null) {
                // a segmented choice is never empty: clicking the selected one keeps it
                old.setSelected(true);
                return;
            }
            AnswerStatus wanted = now == open ? AnswerStatus.OPEN
                    : now == na ? AnswerStatus.NOT_APPLICABLE : AnswerStatus.ANSWERED;
            AnswerStatus current = vm.statusProperty().get();
            boolean same = wanted == current || wanted == AnswerStatus.ANSWERED && current == AnswerStatus.UNANSWERED;
            if (!same) {
                vm.setStatus(wanted);
                // an open question wants its owner, one not applicable its reason: straight to that field
                String field = wanted == AnswerStatus.OPEN ? "-owner"
                        : wanted == AnswerStatus.NOT_APPLICABLE ? "-reason" : null;
                if (field != null && ((Node) now).isFocused()) {
                    javafx.application.Platform.runLater(() -> {
                        Node target = ((Node) now).getScene() == null ? null
                                : ((Node) now).getScene().lookup("#" + Css.nodeId(vm.id()) + field);
                        if (target != null) {
                            target.requestFocus();
                        }
                    });
                }
            }
        });
        HBox box = new HBox(answer, open, na);
        box.getStyleClass().add(Css.STATUS_TOGGLE);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static ToggleButton toggle(QuestionViewModel vm, ToggleGroup group, String part, String label,
                                       String pill) {
        ToggleButton button = new ToggleButton(label);
        button.setId(Css.nodeId(vm.id()) + "-state-" + part);
        button.getStyleClass().add(pill);
        button.setToggleGroup(group);
        button.setAccessibleText(vm.text() + ": " + label);
        button.setMnemonicParsing(false);
        return button;
    }

    private static Node changedBanner(QuestionViewModel vm, Messages messages) {
        Label text = new Label();
        text.textProperty().bind(javafx.beans.binding.Bindings.when(vm.answerFitsProperty())
                .then(messages.get("question.changed")).otherwise(messages.get("question.changed.unfit")));
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.control.Button confirm = new javafx.scene.control.Button(messages.get("question.changed.confirm"));
        confirm.setId(Css.nodeId(vm.id()) + "-confirm-change");
        confirm.setOnAction(e -> vm.confirmChange());
        confirm.disableProperty().bind(vm.answerFitsProperty().not());
        HBox banner = new HBox(10, text, confirm);
        banner.getStyleClass().add(Css.BANNER);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setId(Css.nodeId(vm.id()) + "-changed");
        return banner;
    }

    /** The guidance link and, built when first asked for, the guidance text. */
    private static Node guidance(QuestionViewModel vm, Messages messages) {
        Hyperlink toggle = new Hyperlink();
        toggle.setId(Css.nodeId(vm.id()) + "-guidance-toggle");
        toggle.getStyleClass().add(Css.GUIDANCE_TOGGLE);
        toggle.textProperty().bind(javafx.beans.binding.Bindings.when(vm.guidanceShownProperty())
                .then(messages.get("question.guidance.hide")).otherwise(messages.get("question.guidance.show")));
        toggle.setOnAction(e -> vm.toggleGuidance());
        FlowPane line = new FlowPane(10, 4, toggle);
        line.setAlignment(Pos.CENTER_LEFT);
        ReferenceText references = new ReferenceText(messages);
        List<Reference> cited = vm.question().references();
        for (int i = 0; i < cited.size(); i++) {
            Reference reference = cited.get(i);
            // a link, not a label: it takes the focus and Space opens the guidance it belongs to
            Hyperlink tag = new Hyperlink(references.tag(reference));
            tag.setId(Css.nodeId(vm.id()) + "-reference-" + i);
            tag.getStyleClass().add(Css.REFERENCE);
            HoverTip.install(tag, messages.get("question.reference.tip", references.describe(reference)));
            tag.setOnAction(e -> {
                tag.setVisited(false);
                if (!vm.guidanceShownProperty().get()) {
                    vm.toggleGuidance();
                }
            });
            line.getChildren().add(tag);
        }
        Deferred body = new Deferred(vm.guidanceShownProperty(), () -> {
            Label text = new Label(vm.guidance());
            text.setId(Css.nodeId(vm.id()) + "-guidance");
            text.getStyleClass().add(Css.GUIDANCE);
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            text.setMinHeight(Region.USE_PREF_SIZE);
            return text;
        });
        return new VBox(4, line, body);
    }
}
