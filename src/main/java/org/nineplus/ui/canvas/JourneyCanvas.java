package org.nineplus.ui.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Node;

import org.nineplus.export.MapWords;
import org.nineplus.model.Journey;
import org.nineplus.model.Link;
import org.nineplus.render.CellHit;
import org.nineplus.render.LayoutOptions;
import org.nineplus.render.MapDecorations;
import org.nineplus.render.MapLayout;
import org.nineplus.render.MapLayouter;
import org.nineplus.render.PaintState;
import org.nineplus.render.Rect;
import org.nineplus.render.Surface;
import org.nineplus.ui.editor.CanvasView;
import org.nineplus.ui.editor.CardClickMode;
import org.nineplus.ui.editor.EditorSession;
import org.nineplus.ui.editor.PaletteItem;
import org.nineplus.ui.editor.SelectionActions;

/**
 * The journey map on screen: the session's journey laid out once per revision, painted through the shared
 * {@link org.nineplus.render.Painter} onto a canvas the size of the view (only the visible part of the map), zoomed
 * and panned by a {@link CanvasTransform}, and edited by mouse gestures that preview while the mouse moves and
 * commit one command on release. Column widths are view state kept here, not in the file.
 */
public final class JourneyCanvas implements CanvasView, SelectionActions {

    /** Screen pixels kept free around a revealed card. */
    static final double REVEAL_MARGIN = 24;

    private final EditorSession session;
    private final MapPane pane;
    private final CanvasTransform transform = new CanvasTransform();
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final Map<String, Map<String, Double>> columnWidths = new HashMap<>();
    private final LayoutOptions baseOptions = MapWords.in(Locale.getDefault());
    private final PaintScheduler scheduler;
    private final CanvasLayers layers = new CanvasLayers();
    private final InPlaceEditor editor;
    private final TitleEdits titleEdits;
    private final CanvasInput input;
    private final PaletteDrop paletteDrop;
    private final ContextRequests contextRequests;
    private final ObjectProperty<MapDecorations> decorations =
            new SimpleObjectProperty<>(this, "decorations", MapDecorations.NONE);
    private final ObjectProperty<CardClickMode> cardClickMode = new SimpleObjectProperty<>(this, "cardClickMode");

    private MapLayout layout;
    private boolean layoutStale = true;
    private String hoveredCardId;
    private CellHit dropPreview;

    public JourneyCanvas(EditorSession session) {
        this.session = session;
        preloadFontsInBackground();
        this.pane = new MapPane();
        this.scheduler = new PaintScheduler(() -> paint(false));
        this.editor = new InPlaceEditor(pane.overlay(), transform, pane::requestFocus);
        this.titleEdits = new TitleEdits(this);
        this.input = new CanvasInput(this);
        this.paletteDrop = new PaletteDrop(this);
        paletteDrop.install(pane);
        new CanvasKeys(this).install(pane);
        this.contextRequests = new ContextRequests(this);
        // Change listeners: an invalidation listener hears only the first change of a value nobody reads.
        pane.sizeProperty().addListener((o, old, now) -> repaint());
        session.revisionProperty().addListener((o, old, now) -> journeyChanged());
        session.journeyIdProperty().addListener((o, old, now) -> journeyChanged());
        session.selectedCards().addListener((SetChangeListener<String>) c -> repaint());
        session.selectedLinkProperty().addListener((o, old, now) -> repaint());
        // An invalidation listener: a bound value (the advisor's) is read once per paint, not once per change.
        decorations.addListener(o -> repaint());
    }

    @Override
    public Node node() {
        return pane;
    }

    // ---- CanvasControls

    @Override
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    @Override
    public void zoomIn() {
        zoomAround(transform.stepped(true), pane.getWidth() / 2, pane.getHeight() / 2);
    }

    @Override
    public void zoomOut() {
        zoomAround(transform.stepped(false), pane.getWidth() / 2, pane.getHeight() / 2);
    }

    @Override
    public void zoomToActualSize() {
        zoomAround(1, pane.getWidth() / 2, pane.getHeight() / 2);
    }

    @Override
    public void zoomToFit() {
        MapLayout l = layout();
        transform.fit(l.width(), l.height(), pane.getWidth(), pane.getHeight());
        viewChanged();
    }

    @Override
    public ObjectProperty<MapDecorations> decorationsProperty() {
        return decorations;
    }

    @Override
    public ObjectProperty<CardClickMode> cardClickModeProperty() {
        return cardClickMode;
    }

    @Override
    public MapLayout mapLayout() {
        return layout();
    }

    @Override
    public View view() {
        return new View(transform.zoom(), transform.originX(), transform.originY());
    }

    @Override
    public void setView(View view) {
        transform.set(view.zoom(), view.originX(), view.originY());
        zoom.set(transform.zoom());
        repaint();
    }

    /** Pans so that the card is in view with a margin around it; a card already in view does not move the map. */
    @Override
    public void revealCard(String cardId) {
        layout().card(cardId).ifPresent(card -> {
            if (transform.reveal(card.rect(), pane.getWidth(), pane.getHeight(), REVEAL_MARGIN)) {
                viewChanged();
            }
        });
    }

    @Override
    public void focusCanvas() {
        pane.requestFocus();
    }

    /**
     * Deletes what is selected on the canvas: the selected link if there is one, else the selected cards (with their
     * links), as one undo step. For the window's Delete action; returns whether anything was deleted.
     */
    @Override
    public boolean deleteSelection() {
        return CanvasSelection.delete(session, selectedInJourneyOrder());
    }

    // ---- for the gestures, keys and tests of this package

    EditorSession session() {
        return session;
    }

    CanvasTransform transform() {
        return transform;
    }

    MapPane pane() {
        return pane;
    }

    InPlaceEditor editor() {
        return editor;
    }

    PaletteDrop paletteDrop() {
        return paletteDrop;
    }

    CanvasInput input() {
        return input;
    }

    /** The layout of the journey on screen, recomputed only after a new revision, journey or column width. */
    MapLayout layout() {
        if (layoutStale || layout == null) {
            Journey journey = session.journey().orElse(new Journey("none", "", "", null, null, null, null, null));
            layout = MapLayouter.layout(session.current(), journey, options(journey.id()));
            layoutStale = false;
        }
        return layout;
    }

    /** The layout options before column widths (the words in the reader's language, the sizes). */
    LayoutOptions baseOptions() {
        return baseOptions;
    }

    Optional<Journey> journey() {
        return session.journey();
    }

    @Override
    public LayoutOptions layoutOptions() {
        return session.journey().map(j -> options(j.id())).orElse(baseOptions);
    }

    LayoutOptions options(String journeyId) {
        return baseOptions.withColumnWidths(columnWidths.getOrDefault(journeyId, Map.of()));
    }

    /** Stores a column width (view state: not in the file, so no command) and lays the map out again. */
    void setColumnWidth(String stageId, double width) {
        session.journey().ifPresent(j -> {
            columnWidths.computeIfAbsent(j.id(), k -> new HashMap<>())
                    .put(stageId, Math.max(LayoutOptions.MIN_COLUMN_WIDTH, width));
            journeyChanged();
        });
    }

    double columnWidth(String stageId) {
        return session.journey().map(j -> options(j.id()).columnWidth(stageId)).orElse(0.0);
    }

    List<String> selectedInJourneyOrder() {
        Set<String> selected = Set.copyOf(session.selectedCards());
        return session.journey().map(j -> j.cards().stream().map(c -> c.id()).filter(selected::contains).toList())
                .orElse(List.of());
    }

    void setHoveredCard(String cardId) {
        if (!Objects.equals(cardId, hoveredCardId)) {
            hoveredCardId = cardId;
            repaint();
        }
    }

    String hoveredCardId() {
        return hoveredCardId;
    }

    void zoomAround(double newZoom, double screenX, double screenY) {
        if (transform.zoomAt(newZoom, screenX, screenY)) {
            viewChanged();
        }
    }

    void panBy(double dx, double dy) {
        transform.panBy(dx, dy);
        viewChanged();
    }

    /** The map point as a screen point (for tests and pop-ups). */
    Point2D mapToScreen(double mapX, double mapY) {
        return pane.localToScreen(transform.toScreenX(mapX), transform.toScreenY(mapY));
    }

    /** Lets tests watch what is painted, e.g. count cards; identity in the app. */
    void setSurfaceWrapper(UnaryOperator<Surface> wrapper) {
        layers.setSurfaceWrapper(wrapper);
    }

    /** The painted layers: how often each was painted, the card frames' pictures (for tests and benchmarks). */
    CanvasLayers layers() {
        return layers;
    }

    boolean isPaintPending() {
        return scheduler.isPending();
    }

    void repaint() {
        scheduler.request();
    }

    /** Runs a requested paint at once rather than on the next pulse (for benchmarks and tests); false if none. */
    boolean flushPaint() {
        boolean was = scheduler.isPending();
        scheduler.flush();
        return was;
    }

    /** Paints both layers at once, the base even if nothing it shows changed. */
    void paintNow() {
        paint(true);
    }

    /** The scheduler's paint (at most once per pulse), or a forced one: see {@link CanvasLayers#paint}. */
    private void paint(boolean force) {
        MapDecorations shown = decorations.get();
        PaintState state = PaintState.NONE.withSelection(Set.copyOf(session.selectedCards()))
                .withHover(hoveredCardId).withDecorations(shown == null ? MapDecorations.NONE : shown);
        Link link = session.selectedLinkProperty().get();
        int linkIndex = link == null ? -1 : session.journey().map(j -> j.links().indexOf(link)).orElse(-1);
        if (linkIndex >= 0) {
            state = state.withSelectedLinks(Set.of(linkIndex));
        }
        layers.paint(pane, layout(), transform, state, input, dropPreview, force);
        editor.place();
    }

    /** The cell a palette item dragged over the canvas would land in, or null. */
    void setDropPreview(CellHit hit) {
        if (!Objects.equals(hit, dropPreview)) {
            dropPreview = hit;
            repaint();
        }
    }

    @Override
    public void setOnContextMenu(ContextMenuRequest request) {
        contextRequests.setRequest(request);
    }

    @Override
    public boolean addCard(PaletteItem item) {
        String stageId = session.selectedStageProperty().get();
        String laneId = session.selectedLaneProperty().get();
        return stageId != null && laneId != null
                && paletteDrop.addToCell(item, stageId, laneId, contextRequests.lastCellIn(stageId, laneId));
    }

    /** The context menu for what is selected (the menu key, Shift+F10); returns whether it opened. */
    boolean contextMenuFromKeyboard() {
        return contextRequests.fromKeyboard();
    }

    @Override
    public boolean editSelectedTitle() {
        return titleEdits.editSelected();
    }

    /** Opens the in-place editor on a card's title (see {@link TitleEdits}). */
    void editTitle(String cardId) {
        titleEdits.editTitle(cardId);
    }

    /** Opens the in-place editor on a stage's name (see {@link TitleEdits}). */
    void renameStage(String stageId) {
        titleEdits.renameStage(stageId);
    }

    /** Loading the TTFs into JavaFX writes temporary files: start it off the FX thread before the first paint. */
    private static void preloadFontsInBackground() {
        Thread loader = new Thread(MapFonts::preload, "nineplus-map-fonts");
        loader.setDaemon(true);
        loader.start();
    }

    private void journeyChanged() {
        layoutStale = true;
        input.cancelGesture();
        repaint();
    }

    private void viewChanged() {
        MapLayout l = layout();
        transform.constrain(l.width(), l.height(), pane.getWidth(), pane.getHeight());
        zoom.set(transform.zoom());
        repaint();
    }
}
