package org.nineplus.app;

import java.nio.file.Path;

import org.nineplus.cli.CommandLine;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.store.LibraryLocation;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.ui.settings.LanguageSetting;

/**
 * The entry point of the jar and of {@code mvn javafx:run}: without a command it opens the workbench window, with
 * one it runs the headless command line. A plain class, not an {@code Application}, so the jar also starts with
 * JavaFX on the class path and the command line never loads JavaFX at all.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // The language chosen in Settings (or the system's) before any text is made, for window and command line.
        LanguageSetting.forUser().apply();
        // A leading --lang en|nl overrides it for this run.
        try {
            args = CommandLine.takeLanguage(args);
        } catch (IllegalArgumentException e) {
            System.err.println("nineplus: " + e.getMessage());
            System.exit(CommandLine.BAD_INPUT);
            return;
        }
        if (CommandLine.isCommand(args)) {
            System.exit(commandLine().run(args, System.out, System.err));
        }
        WorkbenchApp.launchWindow(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(AppVersion.read(), defaultLibrary(), H2WorkshopStore::open, new WorkshopJson());
    }

    static Path defaultLibrary() {
        return LibraryLocation.defaultLibrary();
    }
}
