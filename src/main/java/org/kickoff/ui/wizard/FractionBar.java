package org.kickoff.ui.wizard;

import javafx.geometry.Insets;
import javafx.scene.layout.Region;
import org.kickoff.ui.common.Css;

/**
 * A thin bar filled to a fraction: a topic's progress in the sidebar. Two regions instead of a
 * {@code ProgressBar}, whose skin cost more than the rest of a sidebar item to build and style at start-up.
 * It is decoration: the sidebar button around it tells screen readers the counts.
 */
final class FractionBar extends Region {

    private final Region fill = new Region();
    private double fraction;

    FractionBar() {
        getStyleClass().add(Css.FRACTION_BAR);
        fill.getStyleClass().add(Css.FILL);
        getChildren().add(fill);
        setFocusTraversable(false);
    }

    /** Fills the bar to {@code value}, kept between 0 and 1. */
    void setFraction(double value) {
        double clamped = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
        if (clamped != fraction) {
            fraction = clamped;
            requestLayout();
        }
    }

    double fraction() {
        return fraction;
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double width = getWidth() - insets.getLeft() - insets.getRight();
        double height = getHeight() - insets.getTop() - insets.getBottom();
        fill.resizeRelocate(insets.getLeft(), insets.getTop(), Math.round(width * fraction), height);
        fill.setVisible(fraction > 0);
    }
}
