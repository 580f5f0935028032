package org.nineplus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.nineplus.exchange.ExchangeException;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.model.Workshop;
import org.nineplus.store.PersistenceException;
import org.nineplus.store.WorkshopStore;
import org.nineplus.store.WorkshopSummary;

/** The commands that work on the workshop library: import, list, save-json. */
final class LibraryCommands {

    private final Path defaultLibrary;
    private final CommandLine.StoreOpener storeOpener;
    private final WorkshopJson json;

    LibraryCommands(Path defaultLibrary, CommandLine.StoreOpener storeOpener, WorkshopJson json) {
        this.defaultLibrary = defaultLibrary;
        this.storeOpener = storeOpener;
        this.json = json;
    }

    void importFile(List<String> args, PrintStream out) throws ExchangeException {
        Arguments arguments = Arguments.parse("import", args, Set.of("db"));
        Path file = arguments.singleFile("FILE.json");
        // Read and validate the whole file before the library is touched: a rejected file changes nothing.
        Workshop workshop = json.read(file);
        try (WorkshopStore store = open(arguments)) {
            out.println(store.create(workshop));
        }
    }

    void list(List<String> args, PrintStream out) {
        Arguments arguments = Arguments.parse("list", args, Set.of("db"));
        arguments.noOperands();
        List<WorkshopSummary> summaries;
        try (WorkshopStore store = open(arguments)) {
            summaries = store.list();
        }
        StringBuilder lines = new StringBuilder();
        for (WorkshopSummary summary : summaries) {
            lines.append(summary.id()).append('\t')
                    .append(CommandLine.oneLine(summary.title())).append('\t')
                    .append(summary.journeyCount()).append('\t')
                    .append(summary.lastChanged().truncatedTo(ChronoUnit.MILLIS)).append('\n');
        }
        out.print(lines);
    }

    void saveJson(List<String> args, PrintStream out) {
        Arguments arguments = Arguments.parse("save-json", args, Set.of("db", "workshop", "out"));
        arguments.noOperands();
        long id = workshopId(arguments.required("workshop"));
        Path target = arguments.path("out").orElseThrow(
                () -> new UsageException(CommandLine.TEXTS.get("args.required", "save-json", "out")));
        Workshop workshop;
        try (WorkshopStore store = open(arguments)) {
            if (store.list().stream().noneMatch(s -> s.id() == id)) {
                throw new UsageException(CommandLine.TEXTS.get("save.noWorkshop", String.valueOf(id)));
            }
            workshop = store.load(id).workshop();
        }
        try {
            json.write(workshop, target);
        } catch (IOException e) {
            throw new PersistenceException(CommandLine.TEXTS.get("save.couldNotWrite", target.toString(), describe(e)), e);
        }
    }

    private WorkshopStore open(Arguments arguments) {
        return storeOpener.open(arguments.path("db").orElse(defaultLibrary));
    }

    private static long workshopId(String text) {
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(CommandLine.TEXTS.get("workshop.badId", text));
    }

    private static String describe(IOException e) {
        String reason = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT) + (reason == null ? "" : " (" + reason + ")");
    }
}
