package org.nineplus.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.nineplus.ui.advisor.AdvisorDecorations;
import org.nineplus.ui.advisor.AdvisorPanel;
import org.nineplus.ui.editor.AutosaveBinding;
import org.nineplus.ui.editor.CanvasView;
import org.nineplus.ui.editor.CardClipboard;
import org.nineplus.ui.editor.EditorActions;
import org.nineplus.ui.editor.EditorDialogs;
import org.nineplus.ui.editor.EditorScreen;
import org.nineplus.ui.editor.EditorSession;
import org.nineplus.ui.editor.VersionActions;
import org.nineplus.ui.editor.VersionsModel;
import org.nineplus.ui.export.ExportLauncher;
import org.nineplus.ui.library.LibraryViewModel;
import org.nineplus.ui.persona.PersonaActions;
import org.nineplus.ui.persona.PersonasModel;
import org.nineplus.ui.present.PresentationMode;
import org.nineplus.ui.safety.SafetyTexts;
import org.nineplus.ui.voting.VotingActions;

/**
 * Builds the editor of one opened workshop for the window: the session (read-only in a copy of a library another
 * window holds), its autosave to the library's store, the canvas, and everything wired around it (advisor, export,
 * versions, presentation mode, personas, voting), so that neither {@code ui.editor} nor the canvas depends on those.
 * FX thread. One per window; it keeps the window's one clipboard.
 */
final class EditorAssembly {

    private final Stage stage;
    private final List<String> stylesheets;
    private final CanvasView.Factory canvasFactory;
    private final ExportLauncher exports;
    private final BackgroundWork work;
    private final FileDialogs fileDialogs;
    private final Duration autosaveDelay;
    /** One clipboard for every editor of this window: copy in one workshop, paste in another. */
    private final CardClipboard clipboard = new CardClipboard();

    EditorAssembly(Stage stage, List<String> stylesheets, CanvasView.Factory canvasFactory, ExportLauncher exports,
                   BackgroundWork work, FileDialogs fileDialogs, Duration autosaveDelay) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.stylesheets = List.copyOf(stylesheets);
        this.canvasFactory = Objects.requireNonNull(canvasFactory, "canvasFactory");
        this.exports = Objects.requireNonNull(exports, "exports");
        this.work = Objects.requireNonNull(work, "work");
        this.fileDialogs = Objects.requireNonNull(fileDialogs, "fileDialogs");
        this.autosaveDelay = Objects.requireNonNull(autosaveDelay, "autosaveDelay");
    }

    /**
     * The editor of {@code editing}. {@code readOnly}: the library at {@code library} is a read-only copy, and the
     * editor is shown under a banner saying so. {@code back} leaves the editor (Ctrl+L); {@code quit} ends the menus.
     */
    OpenEditor open(LibraryViewModel.Editing editing, boolean readOnly, Path library, Command quit, Runnable back) {
        long id = editing.workshop().id();
        EditorSession session = readOnly ? EditorSession.readOnly(id, editing.workshop().workshop())
                : new EditorSession(id, editing.workshop().workshop(), Workbench.UNDO_LIMIT);
        AutosaveBinding autosave = new AutosaveBinding(session, editing.store(), autosaveDelay, Platform::runLater);
        CanvasView canvas = canvasFactory.create(session);
        // One advisor per open session; the canvas shows its verdicts, classes, peak and end, and reveals the card
        // chosen in it.
        AdvisorPanel advisor = new AdvisorPanel(session, Locale.getDefault());
        // The export takes the workshop as it is now, the canvas's column widths and the advisor's budget.
        Runnable exportMap = () -> session.journey().ifPresent(journey -> exports.open(stage, session.current(),
                journey, canvas.layoutOptions(), advisor.viewModel().budgetProperty().get()));
        EditorDialogs dialogs = new EditorDialogs(stage, stylesheets);
        EditorActions actions = new EditorActions(session, canvas, clipboard, dialogs, back, exportMap);
        VersionActions versions = new VersionActions(new VersionsModel(session, editing.store(), work), dialogs,
                stage, stylesheets, Locale.getDefault(), canvasFactory, session.workshopId());
        AdvisorDecorations.connect(advisor.viewModel(), canvas);
        PresentationMode presentation = new PresentationMode(stage, session, canvas, stylesheets,
                Locale.getDefault(), System::nanoTime);
        actions.addViewCommand(presentation.command());
        EditorScreen screen = new EditorScreen(session, canvas, actions, autosave, advisor);
        PersonaActions personas = new PersonaActions(new PersonasModel(session, work), stage, stylesheets,
                fileDialogs);
        screen.addJourneyInspectorSection(personas.picker());
        VotingActions voting = new VotingActions(session, canvas, stage, stylesheets, Locale.getDefault());
        screen.showAboveCanvas(voting.bar());

        List<Menu> menus = new ArrayList<>(actions.menus(quit));
        voting.addTo(menus);
        menus.add(personas.menu());
        menus.add(versions.menu());
        Node shown = readOnly ? withReadOnlyBanner(screen, library) : screen;
        return new OpenEditor(session, autosave, actions, screen, presentation, List.copyOf(menus), shown);
    }

    /** The editor under a banner that says the library is a read-only copy and of what. */
    private static Node withReadOnlyBanner(EditorScreen screen, Path library) {
        Label banner = new Label(SafetyTexts.text("readOnly.banner", library),
                new FontIcon(MaterialDesignL.LOCK_OUTLINE));
        banner.setId("editorReadOnlyLabel");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        HBox bar = new HBox(banner);
        bar.getStyleClass().add("notice-bar");
        VBox box = new VBox(bar, screen);
        VBox.setVgrow(screen, Priority.ALWAYS);
        return box;
    }
}
