package org.nineplus.ui;

import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.nineplus.ui.editor.AutosaveBinding;
import org.nineplus.ui.editor.CanvasView;
import org.nineplus.ui.editor.EditorSession;
import org.nineplus.ui.export.ExportLauncher;
import org.nineplus.ui.export.ExportMemory;
import org.nineplus.ui.library.LibraryActions;
import org.nineplus.ui.library.LibraryScreen;
import org.nineplus.ui.library.LibraryViewModel;
import org.nineplus.ui.settings.Language;
import org.nineplus.ui.settings.LanguageSetting;
import org.nineplus.ui.settings.WindowPlacement;
import org.nineplus.ui.settings.SettingsDialog;
import org.nineplus.ui.present.PresentationMode;
import org.nineplus.ui.safety.SafetyTexts;

import atlantafx.base.theme.PrimerLight;

/**
 * The main window. Shows itself first, then opens the library on its own background thread; every store call
 * runs on that one thread, and the scene graph is only touched on the FX thread.
 */
public final class Workbench {

    public static final String STYLESHEET = "/org/nineplus/ui/nineplus.css";
    static final String ICONS = "/org/nineplus/assets/icons/nineplus-%d.png";
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;
    static final int UNDO_LIMIT = 500;

    private final WorkbenchServices services;
    private final FileDialogs fileDialogs;
    private final CanvasView.Factory canvasFactory;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "nineplus-library");
        thread.setDaemon(true);
        return thread;
    });
    private final MenuBar menuBar = new MenuBar();
    private final ToolBar toolBar = new FittingToolBar();
    private final StackPane content = new StackPane();
    private java.time.Duration autosaveDelay = AutosaveBinding.DELAY;
    private ExportMemory exportMemory = ExportMemory.forUser();
    private LanguageSetting languageSetting = LanguageSetting.forUser();
    private List<String> stylesheets = List.of();
    private Command settings;
    private ExportLauncher exports;
    private LibraryViewModel library;
    private boolean editSampleOnFirstStart;
    private BackgroundWork work;
    private LibraryActions libraryActions;
    private LibraryScreen libraryScreen;
    private Command quit;
    private Stage stage;
    private EditorAssembly editors;
    private CloseGuard closeGuard;
    private OpenEditor editor;

    /** @param canvasFactory makes the journey canvas of each opened workshop ({@code JourneyCanvas::new}) */
    public Workbench(WorkbenchServices services, FileDialogs fileDialogs, CanvasView.Factory canvasFactory) {
        this.services = Objects.requireNonNull(services, "services");
        this.fileDialogs = Objects.requireNonNull(fileDialogs, "fileDialogs");
        this.canvasFactory = Objects.requireNonNull(canvasFactory, "canvasFactory");
    }

    /** With the platform's file choosers. */
    public Workbench(WorkbenchServices services, CanvasView.Factory canvasFactory) {
        this(services, new FxFileDialogs(), canvasFactory);
    }

    /** How long after the last edit the autosave writes; tests shorten it. Before {@link #start}. */
    public void setAutosaveDelay(java.time.Duration delay) {
        this.autosaveDelay = Objects.requireNonNull(delay, "delay");
    }

    /** Where the export dialog remembers its choices; tests pass a node of their own. Before {@link #start}. */
    public void setExportMemory(ExportMemory memory) {
        this.exportMemory = Objects.requireNonNull(memory, "memory");
    }

    /**
     * Shows {@code stage} at once with a plain scene the size of the workbench (just the program's name), then runs {@code build} on the FX
     * thread once that first frame has been laid out (the start-up path of the app: the window appears as fast as a
     * bare JavaFX window, and the theme, menus and library screen are built right after). Nothing is built when the
     * window was closed in between.
     */
    public static void showFirstFrame(Stage stage, Runnable build) {
        FirstFrame.show(stage, build);
    }

    /**
     * On the first start of a library, opens the sample in the editor instead of only showing it in the list: what
     * the application does. Before {@link #start}.
     */
    public void editSampleOnFirstStart() {
        this.editSampleOnFirstStart = true;
    }

    /** Where Settings keeps the language; tests pass a node of their own. Before {@link #start}. */
    public void setLanguageSetting(LanguageSetting setting) {
        this.languageSetting = Objects.requireNonNull(setting, "setting");
    }

    /** Builds the window on {@code stage}, shows it, then opens the library at {@code libraryPath}. FX thread. */
    public void start(Stage stage, Path libraryPath) {
        start(stage, libraryPath, null);
    }

    /**
     * As {@link #start(Stage, Path)}, then, once the library is open, imports the workshop file {@code open} (when not
     * null) and opens it: what happens when the desktop opens a {@code .nineplus} file with NinePlus.
     */
    public void start(Stage stage, Path libraryPath, Path open) {
        Objects.requireNonNull(libraryPath, "libraryPath");
        this.stage = Objects.requireNonNull(stage, "stage");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        List<String> stylesheets = List.of(stylesheet());
        this.stylesheets = stylesheets;

        work = new BackgroundWork(background, Platform::runLater);
        library = new LibraryViewModel(services, work, Clock.systemDefaultZone());
        if (editSampleOnFirstStart) {
            library.editSampleWhenAdded();
        }
        libraryActions = new LibraryActions(library, fileDialogs, stage, stylesheets);
        quit = new Command("quit", UiWords.TEXTS.get("quit"), UiWords.TEXTS.get("quit.button"), MaterialDesignE.EXIT_TO_APP,
                new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), null, this::requestClose);
        settings = new Command("settings", UiWords.TEXTS.get("settings"), UiWords.TEXTS.get("settings.button"),
                MaterialDesignC.COG_OUTLINE, new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), null,
                this::openSettings);
        libraryScreen = new LibraryScreen(library, libraryActions);
        exports = new ExportLauncher(exportMemory, fileDialogs, stylesheets, Locale.getDefault());

        menuBar.setId("menuBar");
        toolBar.setId("toolBar");
        content.setId("workbenchContent");
        VBox root = new VBox(menuBar, toolBar, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        root.setId("workbench");

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // A window already shown (the first frame) keeps its size and place; a new one opens at the design size.
        Scene scene = stage.isShowing() && stage.getScene() != null
                ? new Scene(root, stage.getScene().getWidth(), stage.getScene().getHeight())
                : new Scene(root, Math.min(WindowPlacement.WIDTH, screen.getWidth()),
                        Math.min(WindowPlacement.HEIGHT, screen.getHeight()));
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.getIcons().setAll(icons());
        stage.setOnHidden(e -> close());
        editors = new EditorAssembly(stage, stylesheets, canvasFactory, exports, work, fileDialogs, autosaveDelay);
        closeGuard = new CloseGuard(stage, stylesheets, fileDialogs, services.exporter(), work,
                () -> Optional.ofNullable(editor));
        closeGuard.install();
        showLibrary();
        library.editingProperty().addListener((obs, old, now) -> {
            if (now != null) {
                showEditor(now);
            }
        });
        stage.show();
        library.openLibrary(libraryPath);
        if (open != null) {
            importWhenOpen(open);
        }
    }

    private void importWhenOpen(Path file) {
        library.phaseProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends LibraryViewModel.Phase> obs,
                                LibraryViewModel.Phase old, LibraryViewModel.Phase now) {
                if (now == LibraryViewModel.Phase.READY) {
                    library.phaseProperty().removeListener(this);
                    library.importAndEdit(file);
                } else if (now == LibraryViewModel.Phase.FAILED) {
                    library.phaseProperty().removeListener(this);
                }
            }
        });
    }

    private void showLibrary() {
        stage.titleProperty().unbind();
        stage.setTitle(UiWords.TEXTS.get("title.library"));
        menuBar.getMenus().setAll(withSettings(libraryActions.menus(quit)));
        toolBar.getItems().clear();
        for (List<Command> group : libraryActions.toolbarGroups()) {
            if (!toolBar.getItems().isEmpty()) {
                toolBar.getItems().add(new Separator(Orientation.VERTICAL));
            }
            for (Command command : group) {
                toolBar.getItems().add(command.button());
            }
        }
        content.getChildren().setAll(libraryScreen);
    }

    private void showEditor(LibraryViewModel.Editing editing) {
        if (editor != null) {
            leaveEditor(false);
        }
        // A read-only copy of a library another window holds: the editor shows it and refuses every edit.
        boolean readOnly = library.readOnlyProperty().get();
        OpenEditor open = editors.open(editing, readOnly, library.libraryProperty().get(), quit,
                () -> Platform.runLater(() -> leaveEditor(true)));
        editor = open;
        menuBar.getMenus().setAll(withSettings(new ArrayList<>(open.menus())));
        toolBar.getItems().setAll(open.actions().toolbarItems());
        stage.getScene().getAccelerators().putAll(open.actions().extraAccelerators());
        content.getChildren().setAll(open.shown());
        EditorSession session = open.session();
        String suffix = readOnly ? " " + SafetyTexts.text("readOnly.title") : "";
        stage.titleProperty().bind(Bindings.createStringBinding(() -> UiWords.TEXTS.get("title.editor",
                session.current().title() + suffix + (session.dirtyProperty().get() ? " •" : "")),
                session.workshopProperty(), session.dirtyProperty()));
        Platform.runLater(open.screen()::focusCanvas);
    }

    /**
     * Back to the library (Ctrl+L; run after the key event, since it swaps the menus whose shortcut fired). The editor stops handing edits to its autosave at once; the last edits are
     * written on the library's thread, before anything else the library does with the store.
     */
    private void leaveEditor(boolean showLibrary) {
        OpenEditor closing = editor;
        if (closing == null) {
            return;
        }
        editor = null;
        closing.presentation().leave();
        closing.autosave().detach();
        closing.actions().extraAccelerators().keySet().forEach(stage.getScene().getAccelerators()::remove);
        library.closeEditor(closing.autosave()::flush);
        if (showLibrary) {
            showLibrary();
        }
    }

    /** The menus with Settings… just above Quit in the File menu. */
    private List<Menu> withSettings(List<Menu> menus) {
        Menu file = menus.get(0);
        int quitAt = file.getItems().indexOf(file.getItems().stream()
                .filter(item -> "quitMenu".equals(item.getId())).findFirst().orElse(null));
        int at = quitAt < 0 ? file.getItems().size() : quitAt;
        file.getItems().add(at, new javafx.scene.control.SeparatorMenuItem());
        file.getItems().add(at, settings.menuItem());
        return menus;
    }

    /** Settings: reads the stored language off the FX thread, asks, and stores a new choice off it again. */
    public void openSettings() {
        LanguageSetting setting = languageSetting;
        CompletableFuture.supplyAsync(setting::stored, background).thenAcceptAsync(current ->
                SettingsDialog.ask(stage, stylesheets, current).ifPresent(this::storeLanguage), Platform::runLater);
    }

    private void storeLanguage(Language choice) {
        LanguageSetting setting = languageSetting;
        background.execute(() -> {
            try {
                setting.store(choice);
            } catch (RuntimeException e) {
                Platform.runLater(() -> SettingsDialog.failed(stage, stylesheets, e));
            }
        });
    }

    /**
     * Quit (Ctrl+Q) and the window's close button. While the last edits cannot be saved, asks first: save them as a
     * workshop file elsewhere, keep the window open and keep trying, or quit and lose them. FX thread.
     */
    public void requestClose() {
        closeGuard.requestClose();
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

    /** The session of the workshop open in the editor, if one is. */
    public Optional<EditorSession> editorSession() {
        return Optional.ofNullable(editor).map(OpenEditor::session);
    }

    /** Presentation mode of the workshop open in the editor, if one is. */
    public Optional<PresentationMode> presentation() {
        return Optional.ofNullable(editor).map(OpenEditor::presentation);
    }

    /**
     * Writes the open editor's last edits, closes the library after any work still queued, and stops the
     * background thread. FX thread; the waiting happens on the background thread ({@link #awaitClosed}).
     */
    public void close() {
        if (exports != null) {
            exports.close();
        }
        if (editor != null && !background.isShutdown()) {
            leaveEditor(false);
        }
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
