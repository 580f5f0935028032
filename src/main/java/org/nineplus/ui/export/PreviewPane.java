package org.nineplus.ui.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

import org.nineplus.export.PagePlacement;
import org.nineplus.export.TilePlan;
import org.nineplus.render.MapLayout;
import org.nineplus.render.Rect;

/**
 * The export dialog's preview: the map's thumbnail on the paper it will be printed on (a fitted page), under the
 * grid of sheets (tiles), or alone with its outline (map size, SVG). Redraws when a choice changes. FX thread.
 */
final class PreviewPane extends Pane {

    static final double WIDTH = 340;
    static final double HEIGHT = 260;
    private static final double MARGIN = 10;

    private final ExportDialogModel model;
    private Image image;

    PreviewPane(ExportDialogModel model) {
        this.model = model;
        setId("exportPreview");
        getStyleClass().add("export-preview");
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        Stream.<Observable>of(model.formatProperty(), model.placementProperty(), model.pageProperty(),
                model.orientationProperty(), model.tileSheetProperty(), model.scaleTextProperty(),
                model.overlapTextProperty(), model.problemProperty(), model.sourceProperty())
                .forEach(o -> o.addListener(x -> redraw()));
        redraw();
    }

    /** The map's thumbnail, painted off the FX thread. */
    void setImage(Image thumbnail) {
        this.image = thumbnail;
        redraw();
    }

    private void redraw() {
        if (image == null || model.sourceProperty().get() == null) {
            Label waiting = new Label(ExportDialogModel.TEXTS.get("preview.waiting"));
            waiting.getStyleClass().add("export-note");
            waiting.relocate(MARGIN, MARGIN);
            getChildren().setAll(waiting);
            return;
        }
        MapLayout layout = model.sourceProperty().get().layout();
        List<Node> nodes = new ArrayList<>();
        model.pagePlacement().ifPresentOrElse(page -> onPaper(layout, page, nodes),
                () -> model.tilePlan().ifPresentOrElse(tiles -> underSheets(layout, tiles, nodes),
                        () -> alone(layout, nodes)));
        getChildren().setAll(nodes);
    }

    private void onPaper(MapLayout layout, PagePlacement page, List<Node> nodes) {
        double k = fit(page.pageWidth(), page.pageHeight());
        double x = (WIDTH - page.pageWidth() * k) / 2;
        double y = (HEIGHT - page.pageHeight() * k) / 2;
        Rectangle paper = new Rectangle(x, y, page.pageWidth() * k, page.pageHeight() * k);
        paper.getStyleClass().add("export-paper");
        paper.setId("exportPaper");
        nodes.add(paper);
        nodes.add(map(x + page.x() * k, y + page.y() * k, layout.width() * page.scale() * k,
                layout.height() * page.scale() * k));
    }

    private void underSheets(MapLayout layout, TilePlan tiles, List<Node> nodes) {
        double k = fit(layout.width(), layout.height());
        double x = (WIDTH - layout.width() * k) / 2;
        double y = (HEIGHT - layout.height() * k) / 2;
        nodes.add(map(x, y, layout.width() * k, layout.height() * k));
        for (TilePlan.Tile tile : tiles.tiles()) {
            Rect area = tile.mapArea();
            double right = Math.min(layout.width(), area.x() + area.width());
            double bottom = Math.min(layout.height(), area.y() + area.height());
            Rectangle sheet = new Rectangle(x + area.x() * k, y + area.y() * k, (right - area.x()) * k,
                    (bottom - area.y()) * k);
            sheet.getStyleClass().add("export-sheet");
            nodes.add(sheet);
        }
    }

    private void alone(MapLayout layout, List<Node> nodes) {
        double k = fit(layout.width(), layout.height());
        double x = (WIDTH - layout.width() * k) / 2;
        double y = (HEIGHT - layout.height() * k) / 2;
        Rectangle outline = new Rectangle(x, y, layout.width() * k, layout.height() * k);
        outline.getStyleClass().add("export-paper");
        nodes.add(outline);
        nodes.add(map(x, y, layout.width() * k, layout.height() * k));
    }

    private ImageView map(double x, double y, double width, double height) {
        ImageView view = new ImageView(image);
        view.setId("exportThumbnail");
        view.setSmooth(true);
        view.setFitWidth(width);
        view.setFitHeight(height);
        view.relocate(x, y);
        return view;
    }

    private static double fit(double width, double height) {
        return Math.min((WIDTH - 2 * MARGIN) / width, (HEIGHT - 2 * MARGIN) / height);
    }
}
