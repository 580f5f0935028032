package org.nineplus.ui.advisor;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The Kano Better–Worse plot: Worse on x from −1 (left) to 0, Better on y from 0 (bottom) to 1, split at 0.5 into
 * the four quadrants. One point per idea with survey counts; its tooltip names the idea, a click selects the card.
 */
final class KanoPlot extends Region {

    static final double POINT_RADIUS = 7;
    private static final double LEFT = 26;
    private static final double RIGHT = 8;
    private static final double TOP = 8;
    private static final double BOTTOM = 28;

    private final AdvisorViewModel model;
    private final ObservableList<KanoPoint> points;
    private final Rectangle frame = new Rectangle();
    private final Line vertical = new Line();
    private final Line horizontal = new Line();
    private final Label attractive = quadrant(AdvisorTexts.TEXTS.get("kano.attractive"));
    private final Label oneDimensional = quadrant(AdvisorTexts.TEXTS.get("kano.oneDimensional"));
    private final Label mustBe = quadrant(AdvisorTexts.TEXTS.get("kano.mustBe"));
    private final Label indifferent = quadrant(AdvisorTexts.TEXTS.get("kano.indifferent"));
    private final Label xAxis = axis(AdvisorTexts.TEXTS.get("kano.worse"));
    private final Label xMin = axis("\u22121");
    private final Label xMax = axis("0");
    private final Label yAxis = axis(AdvisorTexts.TEXTS.get("kano.better"));
    private final List<Dot> dots = new ArrayList<>();

    KanoPlot(AdvisorViewModel model) {
        this.model = model;
        this.points = model.kanoPoints();
        setId("advisorKanoPlot");
        getStyleClass().add(AdvisorStyles.KANO_PLOT);
        frame.getStyleClass().add(AdvisorStyles.KANO_AXIS);
        vertical.getStyleClass().add(AdvisorStyles.KANO_AXIS);
        horizontal.getStyleClass().add(AdvisorStyles.KANO_AXIS);
        frame.setManaged(false);
        vertical.setManaged(false);
        horizontal.setManaged(false);
        getChildren().addAll(frame, vertical, horizontal, attractive, oneDimensional, mustBe, indifferent, xAxis,
                xMin, xMax, yAxis);
        yAxis.setRotate(-90);
        setPrefSize(340, 250);
        setMinHeight(200);
        points.addListener((ListChangeListener<KanoPoint>) change -> showPoints());
        showPoints();
    }

    private static Label quadrant(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(AdvisorStyles.KANO_QUADRANT);
        return label;
    }

    private static Label axis(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(AdvisorStyles.MUTED);
        return label;
    }

    /** Reuses the circles and their tooltips; only their number and texts change per revision. */
    private void showPoints() {
        while (dots.size() > points.size()) {
            getChildren().remove(dots.remove(dots.size() - 1));
        }
        while (dots.size() < points.size()) {
            Dot dot = new Dot();
            dot.setOnMouseClicked(e -> model.selectCard(dot.point.cardId()));
            dots.add(dot);
            getChildren().add(dot);
        }
        for (int i = 0; i < points.size(); i++) {
            KanoPoint point = points.get(i);
            dots.get(i).show(point);
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(0, getWidth() - LEFT - RIGHT);
        double h = Math.max(0, getHeight() - TOP - BOTTOM);
        frame.setX(LEFT);
        frame.setY(TOP);
        frame.setWidth(w);
        frame.setHeight(h);
        vertical.setStartX(LEFT + w / 2);
        vertical.setEndX(LEFT + w / 2);
        vertical.setStartY(TOP);
        vertical.setEndY(TOP + h);
        horizontal.setStartX(LEFT);
        horizontal.setEndX(LEFT + w);
        horizontal.setStartY(TOP + h / 2);
        horizontal.setEndY(TOP + h / 2);
        double pad = 6;
        // Better high and Worse near 0: attractive (top right); Worse near −1: one-dimensional (top left).
        place(oneDimensional, LEFT + pad, TOP + pad, HPos.LEFT, VPos.TOP);
        place(attractive, LEFT + w - pad, TOP + pad, HPos.RIGHT, VPos.TOP);
        place(mustBe, LEFT + pad, TOP + h - pad, HPos.LEFT, VPos.BOTTOM);
        place(indifferent, LEFT + w - pad, TOP + h - pad, HPos.RIGHT, VPos.BOTTOM);
        place(xMin, LEFT, TOP + h + 4, HPos.LEFT, VPos.TOP);
        place(xMax, LEFT + w, TOP + h + 4, HPos.RIGHT, VPos.TOP);
        place(xAxis, LEFT + w / 2 + xAxis.prefWidth(-1) / 2, TOP + h + 4, HPos.RIGHT, VPos.TOP);
        // Rotated about its centre: centre it on the left margin, halfway up.
        double yw = yAxis.prefWidth(-1);
        double yh = yAxis.prefHeight(yw);
        yAxis.resizeRelocate(LEFT / 2 - yw / 2, TOP + h / 2 - yh / 2, yw, yh);
        for (int i = 0; i < dots.size(); i++) {
            KanoPoint point = dots.get(i).point;
            dots.get(i).setCenterX(LEFT + (point.worse() + 1) * w);
            dots.get(i).setCenterY(TOP + (1 - point.better()) * h);
        }
    }

    private void place(Label label, double x, double y, HPos h, VPos v) {
        double width = label.prefWidth(-1);
        double height = label.prefHeight(width);
        double left = h == HPos.RIGHT ? x - width : x;
        double top = v == VPos.BOTTOM ? y - height : y;
        label.resizeRelocate(left, top, width, height);
    }

    /** One idea's point; kept and reused across revisions with its tooltip. */
    static final class Dot extends Circle {
        private final Tooltip tooltip = new Tooltip();
        private KanoPoint point;

        Dot() {
            super(POINT_RADIUS);
            getStyleClass().add(AdvisorStyles.KANO_POINT);
            setManaged(false);
            setCursor(Cursor.HAND);
            Tooltip.install(this, tooltip);
        }

        void show(KanoPoint value) {
            point = value;
            setId("advisorKano-" + value.cardId());
            tooltip.setText(value.category().isEmpty() ? value.title()
                    : AdvisorTexts.TEXTS.get("kano.point", value.title(), value.category()));
        }

        Tooltip tooltip() {
            return tooltip;
        }
    }
}
