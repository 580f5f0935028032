package org.nineplus.cli;

import java.util.Locale;
import org.nineplus.model.Texts;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nineplus.exchange.ExchangeException;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.store.BrokenWorkshopException;
import org.nineplus.store.LibraryLockedException;
import org.nineplus.store.PersistenceException;
import org.nineplus.store.WorkshopStore;

/**
 * The headless command line. Exit status 0 on success, 2 on bad input (also a workshop in the library whose rows
 * break the rules of a workshop file), bad arguments or a library that another NinePlus has open, 1 on any other
 * failure;
 * on failure exactly one line goes to standard error and nothing to standard output.
 */
public final class CommandLine {

    static final Texts TEXTS = Texts.of("org.nineplus.cli.messages");

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    /** Opens the library at a file path; the app layer decides which implementation. */
    @FunctionalInterface
    public interface StoreOpener {
        WorkshopStore open(Path libraryFile);
    }

    /** One sub-command. Writes its result to {@code out} only when it has fully succeeded. */
    interface Command {
        void run(List<String> args, PrintStream out) throws ExchangeException;
    }

    private static final Set<String> HELP = Set.of("--help", "-h", "help");
    private static final Set<String> VERSION = Set.of("--version", "-V");
    private static final Set<String> LANGUAGES = Set.of("en", "nl");

    private final String version;
    private final Map<String, Command> commands;

    public CommandLine(String version, Path defaultLibrary, StoreOpener storeOpener, WorkshopJson json) {
        this.version = version;
        LibraryCommands library = new LibraryCommands(defaultLibrary, storeOpener, json);
        this.commands = Map.of(
                "advise", new AdviseCommand(json),
                "export", new ExportCommand(json),
                "import", library::importFile,
                "list", library::list,
                "save-json", library::saveJson);
    }

    /**
     * Takes a leading {@code --lang en|nl} (or {@code --lang=nl}) off the program arguments and makes that language the
     * default locale; the other arguments are returned as they are. An unknown language is an
     * {@link IllegalArgumentException} whose message says so (in the language in force before).
     */
    public static String[] takeLanguage(String[] args) {
        String tag;
        int used;
        if (args.length >= 1 && args[0].startsWith("--lang=")) {
            tag = args[0].substring("--lang=".length());
            used = 1;
        } else if (args.length >= 1 && args[0].equals("--lang")) {
            tag = args.length >= 2 ? args[1] : "";
            used = Math.min(2, args.length);
        } else {
            return args;
        }
        if (!LANGUAGES.contains(tag)) {
            throw new IllegalArgumentException(TEXTS.get("lang.bad", tag));
        }
        Locale.setDefault(Locale.forLanguageTag(tag));
        return Arrays.copyOfRange(args, used, args.length);
    }

    /** Whether these program arguments ask for the command line rather than the window. */
    public static boolean isCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        // The window takes only [--db PATH] [WORKSHOP-FILE]; anything else is for the command line (which reports
        // what is wrong). A lone workshop file is what the desktop hands over when one is opened with NinePlus.
        if (args.length == 1 && isWorkshopFile(first)) {
            return false;
        }
        return !(first.equals("--db") || first.startsWith("--db="));
    }

    /** A file the desktop may ask the window to open: {@code *.nineplus} (the file association) or {@code *.json}. */
    public static boolean isWorkshopFile(String arg) {
        String name = arg.toLowerCase(java.util.Locale.ROOT);
        return !arg.startsWith("-") && (name.endsWith(".nineplus") || name.endsWith(".json"));
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        List<String> all = Arrays.asList(args);
        try {
            if (all.isEmpty() || HELP.contains(all.get(0))) {
                out.print(HelpText.usage(version));
                return OK;
            }
            if (VERSION.contains(all.get(0))) {
                out.println(TEXTS.get("version", version));
                return OK;
            }
            Command command = commands.get(all.get(0));
            if (command == null) {
                throw new UsageException(TEXTS.get("unknownCommand", all.get(0)));
            }
            List<String> rest = all.subList(1, all.size());
            if (rest.stream().anyMatch(HELP::contains)) {
                out.print(HelpText.usage(version));
                return OK;
            }
            command.run(rest, out);
            out.flush();
            return OK;
        } catch (UsageException | ExchangeException | LibraryLockedException | BrokenWorkshopException e) {
            return fail(err, e.getMessage(), BAD_INPUT);
        } catch (PersistenceException | java.io.UncheckedIOException e) {
            return fail(err, e.getMessage(), FAILURE);
        } catch (RuntimeException e) {
            return fail(err, TEXTS.get("unexpected", e.toString()), FAILURE);
        }
    }

    private static int fail(PrintStream err, String message, int status) {
        err.println("nineplus: " + oneLine(message));
        err.flush();
        return status;
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
