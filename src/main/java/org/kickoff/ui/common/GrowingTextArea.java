package org.kickoff.ui.common;

import javafx.geometry.Insets;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

/**
 * A text area that is one line high while its text fits and grows a line at a time as the text wraps, so
 * that a long list cell is read whole instead of cut off mid-word, and a short one takes no more room than
 * a text field. Tab moves on, as in a text field.
 */
public final class GrowingTextArea extends TextArea {

    private static final int MAX_ROWS = 12;
    /** The inner text's padding inside the area's border, and room for the caret. */
    private static final double CONTENT_INSETS = 30;
    private final Text measure = new Text();

    public GrowingTextArea(String text) {
        super(text);
        getStyleClass().add(Css.GROWING_TEXT);
        setWrapText(true);
        setPrefRowCount(1);
        TabMovesFocus.install(this);
        Viewports.uncached(this);
        textProperty().subscribe(t -> fit());
        widthProperty().subscribe(w -> fit());
        fontProperty().subscribe(f -> fit());
    }

    /** The rows the text needs at the current width, from one to {@link #MAX_ROWS}. */
    private void fit() {
        Insets padding = getPadding();
        // the area's padding, its inner content's padding and the caret: a safe margin below the border width
        double width = getWidth() - padding.getLeft() - padding.getRight() - CONTENT_INSETS;
        if (width <= 0) {
            return;
        }
        measure.setFont(getFont());
        measure.setWrappingWidth(0);
        measure.setText("X");
        double line = measure.getLayoutBounds().getHeight();
        measure.setWrappingWidth(width);
        measure.setText(getText().isEmpty() ? " " : getText());
        int rows = (int) Math.max(1, Math.min(MAX_ROWS, Math.ceil(measure.getLayoutBounds().getHeight() / line - 0.2)));
        if (rows != getPrefRowCount()) {
            setPrefRowCount(rows);
        }
    }
}
