package org.nineplus.ui;

import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.nineplus.ui.library.LibraryActions;
import org.nineplus.ui.library.LibraryScreen;
import org.nineplus.ui.library.LibraryViewModel;

import atlantafx.base.theme.PrimerLight;

/**
 * The main window. Shows itself first, then opens the library on its own background thread; every store call
 * runs on that one thread, and the scene graph is only touched on the FX thread.
 */
public final class Workbench {

    public static final String STYLESHEET = "/org/nineplus/ui/nineplus.css";
    static final String ICONS = "/org/nineplus/assets/icons/nineplus-%d.png";
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;

    private final WorkbenchServices services;
    private final FileDialogs fileDialogs;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "nineplus-library");
        thread.setDaemon(true);
        return thread;
    });
    private LibraryViewModel library;
    private Stage stage;

    public Workbench(WorkbenchServices services, FileDialogs fileDialogs) {
        this.services = Objects.requireNonNull(services, "services");
        this.fileDialogs = Objects.requireNonNull(fileDialogs, "fileDialogs");
    }

    /** With the platform's file choosers. */
    public Workbench(WorkbenchServices services) {
        this(services, new FxFileDialogs());
    }

    /** Builds the window on {@code stage}, shows it, then opens the library at {@code libraryPath}. FX thread. */
    public void start(Stage stage, Path libraryPath) {
        Objects.requireNonNull(libraryPath, "libraryPath");
        this.stage = Objects.requireNonNull(stage, "stage");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        List<String> stylesheets = List.of(stylesheet());

        BackgroundWork work = new BackgroundWork(background, Platform::runLater);
        library = new LibraryViewModel(services, work, Clock.systemDefaultZone());
        LibraryActions actions = new LibraryActions(library, fileDialogs, stage, stylesheets);
        Command quit = new Command("quit", "_Quit", "Quit", MaterialDesignE.EXIT_TO_APP,
                new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), null, stage::close);

        MenuBar menuBar = new MenuBar();
        menuBar.setId("menuBar");
        menuBar.getMenus().setAll(actions.menus(quit));
        VBox root = new VBox(menuBar, toolBar(actions), new LibraryScreen(library, actions));
        VBox.setVgrow(root.getChildren().get(2), javafx.scene.layout.Priority.ALWAYS);
        root.setId("workbench");

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.setTitle("NinePlus — Library");
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.getIcons().setAll(icons());
        stage.setOnHidden(e -> close());
        stage.show();
        library.openLibrary(libraryPath);
    }

    private static ToolBar toolBar(LibraryActions actions) {
        ToolBar toolBar = new ToolBar();
        toolBar.setId("toolBar");
        for (List<Command> group : actions.toolbarGroups()) {
            if (!toolBar.getItems().isEmpty()) {
                toolBar.getItems().add(new Separator(Orientation.VERTICAL));
            }
            for (Command command : group) {
                Button button = command.button();
                toolBar.getItems().add(button);
            }
        }
        return toolBar;
    }

    private static String stylesheet() {
        URL url = Workbench.class.getResource(STYLESHEET);
        if (url == null) {
            throw new IllegalStateException(STYLESHEET + " is missing from the build");
        }
        return url.toExternalForm();
    }

    /** The window icons that ship with the program; none when the build has no icons. */
    static List<Image> icons() {
        List<Image> icons = new ArrayList<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            URL url = Workbench.class.getResource(String.format(ICONS, size));
            if (url != null) {
                icons.add(new Image(url.toExternalForm()));
            }
        }
        return icons;
    }

    /** The library screen's state, for the app and for tests. */
    public LibraryViewModel library() {
        return library;
    }

    /** Closes the library after any work still queued, and stops the background thread. FX thread. */
    public void close() {
        if (library != null && !background.isShutdown()) {
            library.close();
        }
        background.shutdown();
    }

    /** Waits until the library is closed and the background thread has stopped; false on timeout. */
    public boolean awaitClosed(long timeout, TimeUnit unit) throws InterruptedException {
        return background.awaitTermination(timeout, unit);
    }
}
