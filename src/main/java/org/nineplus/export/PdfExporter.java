package org.nineplus.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.nineplus.advice.Advice;
import org.nineplus.advice.Advisor;
import org.nineplus.render.MapLayout;
import org.nineplus.render.Painter;
import org.nineplus.render.Rect;
import org.nineplus.render.Viewport;

/**
 * Writes a journey map as a vector PDF: one page fitted to a paper size, one page the size of the map, or tiles over
 * sheets (see {@link PdfOptions}), optionally followed by the advisor's summary. The document carries the title
 * ("workshop – journey"), the author (the facilitator, else NinePlus), the creator and the creation date. The file
 * is written atomically; a failure or a cancel leaves no file and keeps an older one.
 */
public final class PdfExporter {

    /** The largest page side most PDF viewers and printers accept (200 inches). */
    public static final double MAX_PAGE_SIDE = 14_400;

    private final Clock clock;

    public PdfExporter() {
        this(Clock.systemDefaultZone());
    }

    /** With the clock that gives the creation date. */
    public PdfExporter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Exports the map.
     *
     * @throws IllegalArgumentException when the options cannot be met (a page larger than {@link #MAX_PAGE_SIDE},
     *         too many tiles)
     * @throws java.util.concurrent.CancellationException when progress asked to cancel; no file is written
     * @throws IOException when the file cannot be written
     */
    public void export(ExportSource source, PdfOptions options, Path out, ExportProgress progress)
            throws IOException {
        Objects.requireNonNull(progress, "progress");
        List<MapPage> pages = mapPages(source.layout(), options);
        progress.checkCancelled();
        try {
            write(source, options, pages, out, progress);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void write(ExportSource source, PdfOptions options, List<MapPage> pages, Path out,
                       ExportProgress progress) throws IOException {
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            describe(document, source);
            List<AdvisorSummary.Frame> frames = options.advisorPage() ? advisorFrames(source, options, pages)
                    : List.of();
            double total = pages.size() + frames.size() + Math.max(1, pages.size() / 4.0);
            int done = 0;
            for (MapPage page : pages) {
                progress.checkCancelled();
                paintMapPage(document, fonts, source, page, progress);
                progress.progress(++done / total);
            }
            for (AdvisorSummary.Frame frame : frames) {
                progress.checkCancelled();
                paintFrame(document, fonts, frame, advisorPageSize(pages.get(0)), progress);
                progress.progress(++done / total);
            }
            progress.checkCancelled();
            AtomicOutput.write(out, stream -> {
                document.save(stream);
                progress.checkCancelled();
            });
            progress.progress(1);
        }
    }

    /** One map page: its size, the map area it shows, where and how large. */
    private record MapPage(double width, double height, Rect mapArea, double scale, double x, double y,
                           TilePlan plan, TilePlan.Tile tile) {
    }

    private static List<MapPage> mapPages(MapLayout layout, PdfOptions options) {
        Rect whole = new Rect(0, 0, layout.width(), layout.height());
        switch (options.placement()) {
            case FIT_TO_PAGE -> {
                PagePlacement p = PagePlacement.fit(layout.width(), layout.height(), options.page(),
                        options.orientation());
                return List.of(new MapPage(p.pageWidth(), p.pageHeight(), whole, p.scale(), p.x(), p.y(), null,
                        null));
            }
            case MAP_SIZE -> {
                double w = layout.width() * options.scale();
                double h = layout.height() * options.scale();
                if (Math.max(w, h) > MAX_PAGE_SIDE) {
                    throw new IllegalArgumentException(AdvisorSummary.TEXTS.get("problem.pageTooLarge",
                            options.scale(), w, h, MAX_PAGE_SIDE,
                            Math.floor(MAX_PAGE_SIDE / Math.max(layout.width(), layout.height()) * 1000) / 1000));
                }
                return List.of(new MapPage(w, h, whole, options.scale(), 0, 0, null, null));
            }
            default -> {
                TilePlan plan = TilePlan.of(layout.width(), layout.height(), options.page(), options.orientation(),
                        options.scale(), options.overlapMm());
                List<MapPage> pages = new ArrayList<>(plan.tiles().size());
                for (TilePlan.Tile tile : plan.tiles()) {
                    pages.add(new MapPage(plan.sheetWidth(), plan.sheetHeight(), tile.mapArea(), plan.scale(),
                            plan.margin(), plan.margin(), plan, tile));
                }
                return pages;
            }
        }
    }

    private void describe(PDDocument document, ExportSource source) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(source.title());
        info.setAuthor(source.author());
        info.setCreator("NinePlus");
        info.setSubject(source.journey().persona().isBlank() ? AdvisorSummary.TEXTS.get("source.untitled")
                : AdvisorSummary.TEXTS.get("pdf.subjectPersona", source.journey().persona()));
        info.setCreationDate(GregorianCalendar.from(ZonedDateTime.now(clock)));
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    private static void paintMapPage(PDDocument document, PdfFonts fonts, ExportSource source, MapPage page,
                                     ExportProgress progress) throws IOException {
        PDPage pdfPage = new PDPage(new PDRectangle((float) page.width(), (float) page.height()));
        document.addPage(pdfPage);
        try (PDPageContentStream out = new PDPageContentStream(document, pdfPage, AppendMode.OVERWRITE, true)) {
            PdfSurface surface = new PdfSurface(out, fonts, progress);
            out.saveGraphicsState();
            PdfSurface.placeMap(out, page.scale(), page.mapArea().x(), page.mapArea().y(), page.x(),
                    page.height() - page.y());
            Painter.paint(source.layout(), surface, Viewport.of(page.mapArea()), source.paintState());
            out.restoreGraphicsState();
            if (page.tile() != null) {
                out.saveGraphicsState();
                PdfSurface.placeMap(out, 1, 0, 0, 0, page.height());
                SheetMarks.paint(new PdfSurface(out, fonts, progress), page.plan(), page.tile(), source.title());
                out.restoreGraphicsState();
            }
        }
    }

    /** The advisor pages match the map's paper (a fitted page or the sheets), else A4. */
    private static PDRectangle advisorPageSize(MapPage first) {
        if (first.plan() == null && first.x() == 0 && first.y() == 0) {
            return new PDRectangle((float) PageSize.A4.width(), (float) PageSize.A4.height());
        }
        return new PDRectangle((float) first.width(), (float) first.height());
    }

    private static List<AdvisorSummary.Frame> advisorFrames(ExportSource source, PdfOptions options,
                                                            List<MapPage> pages) {
        Advice advice = Advisor.advise(source.journey(), options.budget(), java.util.Locale.getDefault());
        PDRectangle size = advisorPageSize(pages.get(0));
        boolean landscape = size.getWidth() > size.getHeight();
        double frameWidth = landscape ? PageSize.A4.height() : PageSize.A4.width();
        double frameHeight = frameWidth * size.getHeight() / size.getWidth();
        return AdvisorSummary.layout(source.title(), source.journey(), advice, frameWidth, frameHeight);
    }

    private static void paintFrame(PDDocument document, PdfFonts fonts, AdvisorSummary.Frame frame,
                                   PDRectangle size, ExportProgress progress) throws IOException {
        PDPage pdfPage = new PDPage(size);
        document.addPage(pdfPage);
        double scale = size.getWidth() / frame.width();
        try (PDPageContentStream out = new PDPageContentStream(document, pdfPage, AppendMode.OVERWRITE, true)) {
            out.saveGraphicsState();
            PdfSurface.placeMap(out, scale, 0, 0, 0, size.getHeight());
            AdvisorSummary.paint(frame, new PdfSurface(out, fonts, progress));
            out.restoreGraphicsState();
        }
    }
}
