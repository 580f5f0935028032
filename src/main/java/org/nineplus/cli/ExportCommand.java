package org.nineplus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.nineplus.exchange.ExchangeException;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.export.CsvExporter;
import org.nineplus.export.ExportProgress;
import org.nineplus.export.ExportSource;
import org.nineplus.export.Orientation;
import org.nineplus.export.PageSize;
import org.nineplus.export.PdfExporter;
import org.nineplus.export.PdfOptions;
import org.nineplus.export.PngExporter;
import org.nineplus.export.PngOptions;
import org.nineplus.export.SvgExporter;
import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;

/**
 * {@code export --format png|pdf|svg|csv [--journey ID] [--page A4|A3|A2|A1|A0] [--scale K] [--budget N] --out OUT
 * FILE.json}: the map of a journey as a file, or its cards as a CSV table. PDF: with --page the map fitted to that page (with --scale too: tiled over sheets of
 * that page at the scale); without, one page the size of the map times the scale. PNG: with --page that page at
 * 300 dpi (at 72 × K dpi with --scale K); without, the map's own size times the scale (default 1). SVG: the map's own
 * size. CSV: one row per card with the advisor's class and funding of each idea under --budget (none: nothing
 * funded); --budget is for csv only. Prints nothing; the file is written whole or not at all.
 */
final class ExportCommand implements CommandLine.Command {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}(\\.\\d{1,6})?");
    private static final int PRINT_DPI = 300;

    private final WorkshopJson json;

    ExportCommand(WorkshopJson json) {
        this.json = json;
    }

    @Override
    public void run(List<String> args, PrintStream out) throws ExchangeException {
        Arguments arguments = Arguments.parse("export", args, Set.of("format", "journey", "page", "scale", "budget", "out"));
        String format = arguments.required("format").strip().toLowerCase(Locale.ROOT);
        if (!Set.of("png", "pdf", "svg", "csv").contains(format)) {
            throw new UsageException(CommandLine.TEXTS.get("export.unknownFormat", arguments.required("format")));
        }
        PageSize page = arguments.option("page").map(ExportCommand::page).orElse(null);
        Double scale = arguments.option("scale").map(ExportCommand::scale).orElse(null);
        if (format.equals("svg") && (page != null || scale != null)) {
            throw new UsageException(CommandLine.TEXTS.get("export.svgNoPage"));
        }
        if (format.equals("csv") && (page != null || scale != null)) {
            throw new UsageException(CommandLine.TEXTS.get("export.csvNoPage"));
        }
        Double budget = arguments.option("budget").map(text -> AdviseCommand.budget("export", text)).orElse(null);
        if (budget != null && !format.equals("csv")) {
            throw new UsageException(CommandLine.TEXTS.get("export.budgetCsv"));
        }
        Path target = arguments.path("out").orElseThrow(() -> new UsageException(CommandLine.TEXTS.get("args.required", "export", "out")));
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException(CommandLine.TEXTS.get("export.noFolder", target.toString()));
        }
        Path file = arguments.singleFile("FILE.json");
        Workshop workshop = json.read(file);
        Journey journey = journey(workshop, arguments.option("journey").orElse(null), file);
        if (format.equals("csv")) {
            writeCsv(journey, budget, target);
            return;
        }
        ExportSource source = ExportSource.of(workshop, journey);
        try {
            switch (format) {
                case "pdf" -> new PdfExporter().export(source, pdfOptions(page, scale), target, ExportProgress.NONE);
                case "png" -> new PngExporter().export(source, pngOptions(page, scale), target, ExportProgress.NONE);
                default -> new SvgExporter().export(source, target, ExportProgress.NONE);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(CommandLine.TEXTS.get("export.problem", e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(CommandLine.TEXTS.get("export.couldNotWrite", target.toString(), e.toString()), e);
        }
    }

    private static void writeCsv(Journey journey, Double budget, Path target) {
        try {
            CsvExporter.export(journey, budget, target);
        } catch (IOException e) {
            throw new UncheckedIOException(CommandLine.TEXTS.get("export.couldNotWrite", target.toString(), e.toString()), e);
        }
    }

    private static PdfOptions pdfOptions(PageSize page, Double scale) {
        if (page == null) {
            return PdfOptions.mapSize(scale == null ? 1 : scale);
        }
        return scale == null ? PdfOptions.onPage(page, Orientation.AUTO)
                : PdfOptions.tiled(page, Orientation.AUTO, scale, PdfOptions.DEFAULT_OVERLAP_MM);
    }

    private static PngOptions pngOptions(PageSize page, Double scale) {
        if (page == null) {
            return PngOptions.mapSize(scale == null ? 1 : scale);
        }
        return PngOptions.onPage(page, Orientation.AUTO, scale == null ? PRINT_DPI : 72 * scale);
    }

    private static PageSize page(String text) {
        return PageSize.named(text).orElseThrow(() -> new UsageException(CommandLine.TEXTS.get("export.unknownPage", text)));
    }

    private static Double scale(String text) {
        String value = text.strip();
        if (!NUMBER.matcher(value).matches() || !(Double.parseDouble(value) > 0)) {
            throw new UsageException(CommandLine.TEXTS.get("export.badScale", text));
        }
        return Double.valueOf(value);
    }

    private static Journey journey(Workshop workshop, String id, Path file) {
        if (id == null) {
            return workshop.journeys().stream().findFirst().orElseThrow(() -> new UsageException(
                    CommandLine.TEXTS.get("journey.noneToExport", "export", String.valueOf(file.getFileName()))));
        }
        return workshop.journey(id).orElseThrow(() -> new UsageException(CommandLine.TEXTS.get("journey.unknown", "export", id, String.valueOf(file.getFileName()),
                workshop.journeys().stream().map(Journey::id).collect(Collectors.joining(", ")))));
    }
}
