package org.nineplus.ui.export;

import org.nineplus.model.Texts;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.nineplus.export.ExportSource;
import org.nineplus.export.Orientation;
import org.nineplus.export.PageSize;
import org.nineplus.export.PagePlacement;
import org.nineplus.export.PdfExporter;
import org.nineplus.export.PdfOptions;
import org.nineplus.export.PngExporter;
import org.nineplus.export.PngOptions;
import org.nineplus.export.RasterPlan;
import org.nineplus.export.TilePlan;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.render.MapLayout;

/**
 * The export dialog's state without controls: the choices, what they give (pixel size, number of sheets, a one-line
 * summary), why a setting does not apply to the chosen format (empty when it does), what is wrong (empty when
 * nothing is) and how a running export is doing ({@link ExportStatus}). The map's layout ({@link #setSource}) arrives after the dialog
 * opens; until then nothing can be exported. FX thread only.
 */
public final class ExportDialogModel {

    static final Texts TEXTS = Texts.of("org.nineplus.ui.export.messages");


    private final Workshop workshop;
    private final Journey journey;
    private final Double budget;
    private final NumberFormat integers;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format");
    private final ObjectProperty<PageSize> page = new SimpleObjectProperty<>(this, "page");
    private final ObjectProperty<Orientation> orientation = new SimpleObjectProperty<>(this, "orientation");
    private final ObjectProperty<MapPlacement> placement = new SimpleObjectProperty<>(this, "placement");
    private final ObjectProperty<PageSize> tileSheet = new SimpleObjectProperty<>(this, "tileSheet");
    private final StringProperty dpiText = new SimpleStringProperty(this, "dpiText", "");
    private final StringProperty scaleText = new SimpleStringProperty(this, "scaleText", "");
    private final StringProperty overlapText = new SimpleStringProperty(this, "overlapText", "");
    private final BooleanProperty advisorPage = new SimpleBooleanProperty(this, "advisorPage");
    private final ObjectProperty<Path> output = new SimpleObjectProperty<>(this, "output");
    private final ReadOnlyObjectWrapper<ExportSource> source = new ReadOnlyObjectWrapper<>(this, "source");

    private final ReadOnlyStringWrapper dpiProblem = new ReadOnlyStringWrapper(this, "dpiProblem", "");
    private final ReadOnlyStringWrapper scaleProblem = new ReadOnlyStringWrapper(this, "scaleProblem", "");
    private final ReadOnlyStringWrapper overlapProblem = new ReadOnlyStringWrapper(this, "overlapProblem", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper pixelSize = new ReadOnlyStringWrapper(this, "pixelSize", "");
    private final ReadOnlyIntegerWrapper sheetCount = new ReadOnlyIntegerWrapper(this, "sheetCount");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Reasons reasons = new Reasons();

    private final ExportStatus status = new ExportStatus();
    private final BooleanBinding canExport;
    /** Laid out, and the settings of the chosen format read and can be met. */
    private boolean settingsValid;

    /** @param budget the advisor panel's budget, for the advisor page; null for none */
    public ExportDialogModel(Workshop workshop, Journey journey, Double budget, Locale locale, ExportChoices choices) {
        this.workshop = Objects.requireNonNull(workshop, "workshop");
        this.journey = Objects.requireNonNull(journey, "journey");
        this.budget = budget;
        this.integers = NumberFormat.getIntegerInstance(locale);
        apply(choices);
        format.addListener((obs, old, now) -> formatChanged(old, now));
        Stream.<Observable>of(format, page, orientation, placement, tileSheet, dpiText, scaleText, overlapText,
                output, source).forEach(o -> o.addListener(x -> recompute()));
        recompute();
        canExport = Bindings.createBooleanBinding(() -> problem.get().isEmpty() && source.get() != null
                && status.phaseProperty().get() != ExportStatus.Phase.RUNNING, problem, source,
                status.phaseProperty());
    }

    /** Shows remembered choices (they arrive after the dialog opens). */
    public void restore(ExportChoices choices) {
        apply(choices);
    }

    private void apply(ExportChoices c) {
        format.set(c.format());
        page.set(c.page());
        orientation.set(c.orientation());
        placement.set(c.placement().availableFor(c.format()) ? c.placement() : fallback(c.format()));
        tileSheet.set(c.tileSheet());
        dpiText.set(String.valueOf(c.dpi()));
        scaleText.set(Numbers.plain(c.scale()));
        overlapText.set(Numbers.plain(c.overlapMm()));
        advisorPage.set(c.advisorPage());
        output.set(c.folder() == null ? null : c.folder().resolve(defaultFileName()));
    }

    /** The choices as they stand, to remember; a field that does not read keeps its default. */
    public ExportChoices choices() {
        ExportChoices d = ExportChoices.defaults();
        Path out = output.get();
        return new ExportChoices(format.get(), page.get(), orientation.get(), placement.get(), tileSheet.get(),
                dpiProblem.get().isEmpty() ? Numbers.dpi(dpiText.get()) : d.dpi(),
                scaleProblem.get().isEmpty() ? Numbers.scale(scaleText.get()) : d.scale(),
                overlapProblem.get().isEmpty() ? Numbers.overlap(overlapText.get()) : d.overlapMm(),
                advisorPage.get(), out == null ? null : out.toAbsolutePath().getParent());
    }

    private static MapPlacement fallback(ExportFormat f) {
        return f == ExportFormat.SVG ? MapPlacement.MAP_SIZE : MapPlacement.FIT_TO_PAGE;
    }

    private void formatChanged(ExportFormat old, ExportFormat now) {
        if (!placement.get().availableFor(now)) {
            placement.set(fallback(now));
        }
        Path out = output.get();
        if (out != null && old != null) {
            output.set(out.resolveSibling(withExtension(out.getFileName().toString(), now)));
        }
    }

    /** "Workshop – Journey.pdf", without characters file systems refuse. */
    public String defaultFileName() {
        String w = workshop.title().strip();
        String j = journey.title().strip();
        String base = w.isEmpty() ? j : j.isEmpty() ? w : w + " \u2013 " + j;
        base = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return (base.isEmpty() ? TEXTS.get("file.default") : base) + "." + format.get().extension();
    }

    /** The file chosen in the save dialog, with the format's extension added when it has none. */
    public void chooseOutput(Path chosen) {
        String name = chosen.getFileName().toString();
        boolean hasExtension = name.toLowerCase(Locale.ROOT).endsWith("." + format.get().extension());
        output.set(hasExtension ? chosen : chosen.resolveSibling(name + "." + format.get().extension()));
    }

    private static String withExtension(String name, ExportFormat f) {
        for (ExportFormat any : ExportFormat.values()) {
            if (name.toLowerCase(Locale.ROOT).endsWith("." + any.extension())) {
                return name.substring(0, name.length() - any.extension().length()) + f.extension();
            }
        }
        return name + "." + f.extension();
    }

    // ---- what the choices give

    private void recompute() {
        ExportFormat f = format.get();
        MapPlacement p = placement.get();
        reasons.update(f, p);
        dpiProblem.set(Numbers.dpiProblem(dpiText.get()));
        scaleProblem.set(Numbers.scaleProblem(scaleText.get()));
        overlapProblem.set(Numbers.overlapProblem(overlapText.get()));
        String fields = Stream.of(f == ExportFormat.PNG ? dpiProblem.get() : "",
                reasons.scale().get().isEmpty() ? scaleProblem.get() : "",
                reasons.tiles().get().isEmpty() ? overlapProblem.get() : "")
                .filter(s -> !s.isEmpty()).findFirst().orElse("");
        pixelSize.set("");
        sheetCount.set(0);
        summary.set("");
        String plan = "";
        if (fields.isEmpty() && source.get() != null) {
            try {
                describe(source.get().layout(), f, p);
            } catch (IllegalArgumentException e) {
                plan = e.getMessage();
            }
        }
        settingsValid = fields.isEmpty() && plan.isEmpty() && source.get() != null;
        problem.set(!fields.isEmpty() ? fields : !plan.isEmpty() ? plan
                : output.get() == null ? TEXTS.get("problem.chooseFile") : "");
    }

    private void describe(MapLayout layout, ExportFormat f, MapPlacement p) {
        if (f == ExportFormat.SVG) {
            summary.set(TEXTS.get("summary.svg", integers.format(Math.ceil(layout.width())),
                    integers.format(Math.ceil(layout.height()))));
        } else if (f == ExportFormat.PNG) {
            RasterPlan raster = PngExporter.plan(layout, pngOptions());
            pixelSize.set(TEXTS.get("summary.pixels", integers.format(raster.width()), integers.format(raster.height())));
            summary.set(p == MapPlacement.FIT_TO_PAGE ? TEXTS.get("summary.pixelsOnPage", pixelSize.get(), pageText(layout))
                    : pixelSize.get());
        } else if (p == MapPlacement.FIT_TO_PAGE) {
            summary.set(pageText(layout));
        } else if (p == MapPlacement.MAP_SIZE) {
            double scale = Numbers.scale(scaleText.get());
            double w = layout.width() * scale;
            double h = layout.height() * scale;
            if (Math.max(w, h) > PdfExporter.MAX_PAGE_SIDE) {
                throw new IllegalArgumentException(TEXTS.get("problem.pageTooLarge", scaleText.get().strip(), mm(w), mm(h)));
            }
            summary.set(TEXTS.get("summary.onePage", mm(w), mm(h)));
        } else {
            TilePlan tiles = tilePlan(layout);
            sheetCount.set(tiles.tiles().size());
            summary.set(TEXTS.get("summary.tiles", integers.format(tiles.tiles().size()), tileSheet.get().toString(),
                    tiles.sheetWidth() > tiles.sheetHeight() ? 1 : 0, tiles.tiles().size(),
                    integers.format(tiles.rows()), integers.format(tiles.columns())));
        }
    }

    private TilePlan tilePlan(MapLayout layout) {
        return TilePlan.of(layout.width(), layout.height(), tileSheet.get(), orientation.get(),
                Numbers.scale(scaleText.get()), Numbers.overlap(overlapText.get()));
    }

    /** For a fitted page (PDF or PNG): the paper and where the map sits on it, once laid out and while valid. */
    public Optional<PagePlacement> pagePlacement() {
        if (!settingsValid || format.get() == ExportFormat.SVG || placement.get() != MapPlacement.FIT_TO_PAGE) {
            return Optional.empty();
        }
        MapLayout layout = source.get().layout();
        return Optional.of(PagePlacement.fit(layout.width(), layout.height(), page.get(), orientation.get()));
    }

    /** For PDF tiles: the sheets, once laid out and while valid. */
    public Optional<TilePlan> tilePlan() {
        if (!settingsValid || format.get() != ExportFormat.PDF || placement.get() != MapPlacement.TILES) {
            return Optional.empty();
        }
        return Optional.of(tilePlan(source.get().layout()));
    }

    private String pageText(MapLayout layout) {
        PagePlacement fit = PagePlacement.fit(layout.width(), layout.height(), page.get(), orientation.get());
        return TEXTS.get("summary.page", page.get().toString(), fit.pageWidth() > fit.pageHeight() ? 1 : 0,
                integers.format(Math.round(fit.scale() * 100)));
    }

    private String mm(double points) {
        return integers.format(Math.round(points / PageSize.POINTS_PER_MM));
    }

    private PngOptions pngOptions() {
        int dpi = Numbers.dpi(dpiText.get());
        return placement.get() == MapPlacement.FIT_TO_PAGE ? PngOptions.onPage(page.get(), orientation.get(), dpi)
                : PngOptions.mapSize(dpi / 72.0);
    }

    /** The export the choices describe. */
    public ExportRequest request() {
        if (!problem.get().isEmpty() || source.get() == null) {
            throw new IllegalStateException(source.get() == null ? TEXTS.get("problem.notLaidOut") : problem.get());
        }
        Path out = output.get();
        return switch (format.get()) {
            case SVG -> new ExportRequest.Svg(out);
            case PNG -> new ExportRequest.Png(pngOptions(), out);
            case PDF -> {
                double scale = Numbers.scale(scaleText.get());
                PdfOptions options = switch (placement.get()) {
                    case FIT_TO_PAGE -> PdfOptions.onPage(page.get(), orientation.get());
                    case MAP_SIZE -> PdfOptions.mapSize(scale);
                    case TILES -> PdfOptions.tiled(tileSheet.get(), orientation.get(), scale,
                            Numbers.overlap(overlapText.get()));
                };
                yield new ExportRequest.Pdf(advisorPage.get() ? options.withAdvisorPage(budget) : options, out);
            }
        };
    }

    // ---- running

    /** The map laid out: exporting may begin. */
    public void setSource(ExportSource laidOut) {
        source.set(Objects.requireNonNull(laidOut, "laidOut"));
        status.ready();
    }

    // ---- properties

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<PageSize> pageProperty() {
        return page;
    }

    public ObjectProperty<Orientation> orientationProperty() {
        return orientation;
    }

    public ObjectProperty<MapPlacement> placementProperty() {
        return placement;
    }

    /** A4 or A3. */
    public ObjectProperty<PageSize> tileSheetProperty() {
        return tileSheet;
    }

    public StringProperty dpiTextProperty() {
        return dpiText;
    }

    public StringProperty scaleTextProperty() {
        return scaleText;
    }

    public StringProperty overlapTextProperty() {
        return overlapText;
    }

    public BooleanProperty advisorPageProperty() {
        return advisorPage;
    }

    /** The file to write; null until chosen (or remembered). */
    public ObjectProperty<Path> outputProperty() {
        return output;
    }

    public ReadOnlyObjectProperty<ExportSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dpiProblemProperty() {
        return dpiProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scaleProblemProperty() {
        return scaleProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overlapProblemProperty() {
        return overlapProblem.getReadOnlyProperty();
    }

    /** What stops the export, for the chosen format; empty when nothing does. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** For a PNG: "9,933 × 14,043 px"; else empty. */
    public ReadOnlyStringProperty pixelSizeProperty() {
        return pixelSize.getReadOnlyProperty();
    }

    /** For PDF tiles: how many sheets; else 0. */
    public ReadOnlyIntegerProperty sheetCountProperty() {
        return sheetCount.getReadOnlyProperty();
    }

    /** What the export will be, in one line ("A3 landscape, map at 21 %"). */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why each setting does not apply to the chosen format and placement. */
    public Reasons unavailable() {
        return reasons;
    }

    /** How the export is going. */
    public ExportStatus status() {
        return status;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    public Workshop workshop() {
        return workshop;
    }

    public Journey journey() {
        return journey;
    }
}
