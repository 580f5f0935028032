package org.nineplus.app;

import org.nineplus.model.Texts;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.nineplus.cli.CommandLine;
import org.nineplus.exchange.WorkshopJson;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.ui.Workbench;
import org.nineplus.ui.WindowFrame;
import org.nineplus.ui.settings.WindowMemory;
import org.nineplus.ui.settings.WindowPlacement;
import org.nineplus.ui.canvas.JourneyCanvas;
import org.nineplus.ui.WorkbenchServices;
import org.nineplus.ui.WorkshopImporter;
import org.nineplus.ui.library.LibraryViewModel;

/** The JavaFX application: wires the workbench to the H2 store and the JSON file format. */
public final class WorkbenchApp extends Application {

    private static final Texts TEXTS = Texts.of("org.nineplus.app.messages");

    /**
     * With {@code -Dnineplus.startupProbe=true} the app prints {@code shown <epoch-ms>} on standard output when its
     * window is first shown and {@code ready <epoch-ms>} when the library is open, then closes the window and exits: start-up benchmarks and the class-data-sharing
     * training run time and exercise a real start without anyone at the keyboard.
     */
    static final String STARTUP_PROBE = "nineplus.startupProbe";

    private final WindowMemory windowMemory = WindowMemory.forUser();
    private Optional<WindowPlacement> storedWindow = Optional.empty();
    private WindowFrame frame;
    private Workbench workbench;

    /**
     * Opens the window; {@code args} are {@code [--db PATH] [WORKSHOP-FILE]}. A workshop file (what the desktop hands
     * over for a {@code .nineplus} file) is imported into the library and opened. Returns when the window is closed.
     */
    static void launchWindow(String[] args) {
        WindowArguments window;
        try {
            window = windowArguments(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("nineplus: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (window.open() == null) {
            Application.launch(WorkbenchApp.class, "--db=" + window.library());
        } else {
            Application.launch(WorkbenchApp.class, "--db=" + window.library(), window.open().toString());
        }
    }

    /** The window's library, and the workshop file to import and open, or null. */
    record WindowArguments(Path library, Path open) {
    }

    static WindowArguments windowArguments(List<String> args) {
        if (!args.isEmpty() && CommandLine.isWorkshopFile(args.get(args.size() - 1))) {
            return new WindowArguments(libraryArgument(args.subList(0, args.size() - 1)),
                    Path.of(args.get(args.size() - 1)).toAbsolutePath());
        }
        return new WindowArguments(libraryArgument(args), null);
    }

    /** The library named by {@code --db PATH} or {@code --db=PATH}, or the default library. */
    static Path libraryArgument(List<String> args) {
        if (args.isEmpty()) {
            return Main.defaultLibrary();
        }
        String first = args.get(0);
        String value;
        if (first.startsWith("--db=") && args.size() == 1) {
            value = first.substring("--db=".length());
        } else if (first.equals("--db") && args.size() == 2) {
            value = args.get(1);
        } else {
            throw new IllegalArgumentException(TEXTS.get("window.args"));
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(TEXTS.get("window.db"));
        }
        return Path.of(value);
    }

    /** Reads where the window was left, on the launcher thread (the preferences may touch the disk). */
    @Override
    public void init() {
        storedWindow = windowMemory.recall();
    }

    /**
     * Shows the window at once with an empty first scene, then, after that first frame, builds the workbench (the
     * theme, menus, toolbar, library screen and the services behind them) and opens the library. The person at the
     * keyboard sees the window as soon as a bare JavaFX window would appear.
     */
    @Override
    public void start(Stage stage) {
        WindowArguments window = windowArguments(getParameters().getRaw());
        boolean probe = Boolean.getBoolean(STARTUP_PROBE);
        if (probe) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> probe("shown"));
        }
        frame = WindowFrame.place(stage, storedWindow);
        Workbench.showFirstFrame(stage, () -> {
            WorkshopJson json = new WorkshopJson();
            WorkbenchServices services = new WorkbenchServices(H2WorkshopStore::open,
                    WorkshopImporter.of(json::read, json::read), json::write, WorkbenchServices::bundledSample);
            workbench = new Workbench(services, JourneyCanvas::new);
            workbench.editSampleOnFirstStart();
            workbench.start(stage, window.library(), window.open());
            if (probe) {
                closeWhenSettled(stage);
            }
        });
    }

    /** Probe runs: print when the library is ready (or failed to open), then close the window. */
    private void closeWhenSettled(Stage stage) {
        javafx.beans.value.ChangeListener<LibraryViewModel.Phase> settled = (obs, old, now) -> {
            if (now == LibraryViewModel.Phase.READY || now == LibraryViewModel.Phase.FAILED) {
                probe("ready");
                Platform.runLater(stage::close);
            }
        };
        workbench.library().phaseProperty().addListener(settled);
        settled.changed(null, null, workbench.library().phaseProperty().get());
    }

    private static void probe(String moment) {
        System.out.println(moment + " " + System.currentTimeMillis());
        System.out.flush();
    }

    /** Keeps where the window was left (written off the FX thread), then waits for the library to close. */
    @Override
    public void stop() throws Exception {
        WindowPlacement last = frame == null ? null : frame.placement();
        CompletableFuture<Boolean> placementKept = last == null ? CompletableFuture.completedFuture(true)
                : CompletableFuture.supplyAsync(() -> windowMemory.remember(last));
        if (workbench != null) {
            workbench.close();
            // The window is already gone; wait here while the autosave writes the last edits and the library closes.
            workbench.awaitClosed(20, TimeUnit.SECONDS);
        }
        try {
            placementKept.get(5, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException notKept) {
            // The next start opens at the standard place: nothing of the user's work depends on it.
        }
    }
}
