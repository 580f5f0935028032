package org.nineplus.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.nineplus.ui.Command;

/**
 * The editor's commands as menus, toolbar buttons and shortcuts. Asks what it must (a name, a confirmation) and
 * hands the answer to the edit models; the shortcuts are scene accelerators, so they work while the canvas has
 * the focus.
 */
public final class EditorActions {

    private final EditorSession session;
    private final CanvasView canvas;
    private final EditorDialogs dialogs;
    private final SelectionEdits selection;
    private final StructureEdits structure;
    private final JourneyEdits journeys;
    private final BooleanProperty advisorShown = new SimpleBooleanProperty(this, "advisorShown", false);
    /** Commands other packages add to the View menu and the toolbar (presentation mode). */
    private final List<Command> viewCommands = new ArrayList<>();

    final Command library;
    final Command export;
    final Command undo;
    final Command redo;
    final Command cut;
    final Command copy;
    final Command paste;
    final Command duplicate;
    final Command delete;
    final Command zoomIn;
    final Command zoomOut;
    final Command actualSize;
    final Command zoomToFit;
    final Command advisor;
    final Command addJourney;
    final Command renameJourney;
    final Command duplicateJourney;
    final Command deleteJourney;
    final Command addStage;
    final Command renameStage;
    final Command deleteStage;
    final Command stageLeft;
    final Command stageRight;
    final Command addLane;
    final Command renameLane;
    final Command deleteLane;
    final Command laneUp;
    final Command laneDown;

    /** @param exportMap opens the export dialog for the journey on screen (File → Export…) */
    public EditorActions(EditorSession session, CanvasView canvas, CardClipboard clipboard, EditorDialogs dialogs,
                         Runnable backToLibrary, Runnable exportMap) {
        this.session = session;
        this.canvas = canvas;
        this.dialogs = dialogs;
        this.selection = new SelectionEdits(session, clipboard, () -> canvas instanceof SelectionActions actions
                ? Optional.of(actions) : Optional.empty());
        this.structure = new StructureEdits(session);
        this.journeys = new JourneyEdits(session);

        ObservableBooleanValue noCards = selection.hasCardsProperty().not();
        library = new Command("library", "Back to the _library", "Library", MaterialDesignB.BOOKSHELF,
                shortcut(KeyCode.L), null, backToLibrary);
        export = new Command("exportMap", "_Export…", "Export", MaterialDesignE.EXPORT,
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                session.journeyIdProperty().isNull(), exportMap);
        undo = new Command("undo", "_Undo", "Undo", MaterialDesignU.UNDO, shortcut(KeyCode.Z),
                session.canUndoProperty().not(), session::undo);
        redo = new Command("redo", "_Redo", "Redo", MaterialDesignR.REDO,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                session.canRedoProperty().not(), session::redo);
        cut = new Command("cut", "Cu_t", null, MaterialDesignC.CONTENT_CUT, shortcut(KeyCode.X), noCards,
                selection::cut);
        copy = new Command("copy", "_Copy", null, MaterialDesignC.CONTENT_COPY, shortcut(KeyCode.C), noCards,
                selection::copy);
        paste = new Command("paste", "_Paste", null, MaterialDesignC.CONTENT_PASTE, shortcut(KeyCode.V),
                selection.canPasteProperty().not(), selection::paste);
        duplicate = new Command("duplicate", "_Duplicate", null, MaterialDesignC.CARDS_OUTLINE,
                shortcut(KeyCode.D), noCards, selection::duplicate);
        delete = new Command("delete", "_Delete", null, MaterialDesignD.DELETE_OUTLINE,
                new KeyCodeCombination(KeyCode.DELETE), selection.canDeleteProperty().not(), selection::delete);
        zoomIn = new Command("zoomIn", "Zoom _in", null, MaterialDesignM.MAGNIFY_PLUS_OUTLINE,
                shortcut(KeyCode.EQUALS), null, canvas::zoomIn);
        zoomOut = new Command("zoomOut", "Zoom _out", null, MaterialDesignM.MAGNIFY_MINUS_OUTLINE,
                shortcut(KeyCode.MINUS), null, canvas::zoomOut);
        actualSize = new Command("actualSize", "_Actual size (100 %)", null, MaterialDesignM.MAGNIFY,
                shortcut(KeyCode.DIGIT0), null, canvas::zoomToActualSize);
        zoomToFit = new Command("zoomToFit", "Zoom to _fit", null, MaterialDesignF.FIT_TO_PAGE_OUTLINE,
                shortcut(KeyCode.DIGIT9), null, canvas::zoomToFit);
        advisor = new Command("advisor", "Inspector or _advisor", "Advisor", MaterialDesignL.LIGHTBULB_ON_OUTLINE,
                new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), null,
                () -> advisorShown.set(!advisorShown.get()));

        addJourney = new Command("addJourney", "_New journey…", null, MaterialDesignP.PLUS, null, null,
                this::addJourney);
        renameJourney = new Command("renameJourney", "_Rename journey…", null, MaterialDesignR.RENAME_BOX, null,
                null, this::renameJourney);
        duplicateJourney = new Command("duplicateJourney", "D_uplicate journey", null,
                MaterialDesignC.CONTENT_DUPLICATE, null, null, this::duplicateJourney);
        deleteJourney = new Command("deleteJourney", "_Delete journey…", null, MaterialDesignD.DELETE_OUTLINE, null,
                journeys.canDeleteProperty().not(), this::deleteJourney);

        ObservableBooleanValue noStage = structure.hasStageProperty().not();
        ObservableBooleanValue noLane = structure.hasLaneProperty().not();
        addStage = new Command("addStage", "Add _stage…", null, MaterialDesignP.PLUS_BOX_OUTLINE, null, null, this::addStage);
        renameStage = new Command("renameStage", "Rename stage…", null, MaterialDesignR.RENAME_BOX, null, noStage,
                this::renameStage);
        deleteStage = new Command("deleteStage", "Delete stage…", null, MaterialDesignD.DELETE_OUTLINE, null,
                noStage, this::deleteStage);
        stageLeft = new Command("stageLeft", "Move stage left", null, MaterialDesignA.ARROW_LEFT, null,
                structure.canMoveStageLeftProperty().not(), () -> structure.moveStage(-1));
        stageRight = new Command("stageRight", "Move stage right", null, MaterialDesignA.ARROW_RIGHT, null,
                structure.canMoveStageRightProperty().not(), () -> structure.moveStage(1));
        addLane = new Command("addLane", "Add _notes lane…", null, MaterialDesignP.PLUS, null, null, this::addLane);
        renameLane = new Command("renameLane", "Rename lane…", null, MaterialDesignR.RENAME_BOX, null, noLane,
                this::renameLane);
        deleteLane = new Command("deleteLane", "Delete lane…", null, MaterialDesignD.DELETE_OUTLINE, null,
                structure.canDeleteLaneProperty().not(), this::deleteLane);
        laneUp = new Command("laneUp", "Move lane up", null, MaterialDesignA.ARROW_UP, null,
                structure.canMoveLaneUpProperty().not(), () -> structure.moveLane(-1));
        laneDown = new Command("laneDown", "Move lane down", null, MaterialDesignA.ARROW_DOWN, null,
                structure.canMoveLaneDownProperty().not(), () -> structure.moveLane(1));
    }


    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    // ---- questions, then edits

    void addJourney() {
        dialogs.askName("New journey", "Add", "Customer journey").ifPresent(journeys::add);
    }

    void renameJourney() {
        session.journey().ifPresent(j -> dialogs.askName("Rename journey", "Rename", j.title())
                .ifPresent(title -> journeys.rename(j.id(), title)));
    }

    void duplicateJourney() {
        session.journey().ifPresent(j -> journeys.duplicate(j.id(), JourneyEdits.copyTitle(j.title())));
    }

    void deleteJourney() {
        session.journey().filter(j -> journeys.canDeleteProperty().get()).filter(j -> dialogs.confirmDelete(
                "Delete journey", "Delete the journey \"" + j.title() + "\"?",
                "Its " + j.stages().size() + " stages and " + j.cards().size()
                        + " cards go with it. Undo (Ctrl+Z) brings it back."))
                .ifPresent(j -> journeys.delete(j.id()));
    }

    void addStage() {
        if (session.journey().isPresent()) {
            dialogs.askName("Add stage", "Add", "New stage").ifPresent(structure::addStage);
        }
    }

    void renameStage() {
        structure.stage().flatMap(s -> dialogs.askName("Rename stage", "Rename", s.name()))
                .ifPresent(structure::renameStage);
    }

    void deleteStage() {
        structure.stage().ifPresent(s -> {
            int cards = structure.cardsInSelectedStage();
            String question = cards == 0 ? "Delete the stage \"" + s.name() + "\"?"
                    : "Delete the stage \"" + s.name() + "\" and its " + cards + (cards == 1 ? " card?" : " cards?");
            if (dialogs.confirmDelete("Delete stage", question, "Undo (Ctrl+Z) brings it back.")) {
                structure.deleteStage();
            }
        });
    }

    void addLane() {
        if (session.journey().isPresent()) {
            dialogs.askName("Add notes lane", "Add", "Notes").ifPresent(structure::addNotesLane);
        }
    }

    void renameLane() {
        structure.lane().flatMap(l -> dialogs.askName("Rename lane", "Rename", l.name()))
                .ifPresent(structure::renameLane);
    }

    void deleteLane() {
        structure.lane().filter(l -> !l.kind().isPyramid()).ifPresent(l -> {
            int cards = structure.cardsInSelectedLane();
            String question = "Delete the lane \"" + l.name() + "\"" + (cards == 0 ? "?"
                    : " and its " + cards + (cards == 1 ? " card?" : " cards?"));
            if (dialogs.confirmDelete("Delete lane", question, "Undo (Ctrl+Z) brings it back.")) {
                structure.deleteLane();
            }
        });
    }

    // ---- what the window shows

    /** File, Edit, View, Journey and Map menus; {@code quit} ends the File menu. */
    public List<Menu> menus(Command quit) {
        Menu edit = menu("_Edit", undo, redo, null, cut, copy, paste, duplicate, delete);
        bindText(edit.getItems().get(0), session.undoTextProperty());
        bindText(edit.getItems().get(1), session.redoTextProperty());
        Menu map = menu("_Map", addStage, renameStage, deleteStage, stageLeft, stageRight, null, addLane, renameLane,
                deleteLane, laneUp, laneDown);
        // A disabled item shows no tooltip, so the reason a pyramid lane cannot go is in the item's own text.
        map.getItems().get(8).textProperty().bind(Bindings.when(structure.canDeleteLaneProperty())
                .then("Delete lane…").otherwise(Bindings.when(structure.hasLaneProperty())
                        .then("Delete lane (pyramid lanes always stay)").otherwise("Delete lane…")));
        return List.of(menu("_File", export, null, library, null, quit), edit,
                viewMenu(),
                menu("_Journey", addJourney, renameJourney, duplicateJourney, deleteJourney), map);
    }

    private Menu viewMenu() {
        Menu view = menu("_View", zoomIn, zoomOut, actualSize, zoomToFit, null, advisor);
        if (!viewCommands.isEmpty()) {
            view.getItems().add(new SeparatorMenuItem());
            viewCommands.forEach(c -> view.getItems().add(c.menuItem()));
        }
        return view;
    }

    /** Adds a command at the end of the View menu and as a toolbar button after Advisor; before {@link #menus}. */
    public void addViewCommand(Command command) {
        viewCommands.add(command);
    }

    private static void bindText(MenuItem item, ObservableStringValue text) {
        item.textProperty().bind(text);
        item.setMnemonicParsing(false);
    }

    /** The toolbar's contents: buttons in groups, and the zoom percentage. */
    public List<Node> toolbarItems() {
        List<Node> items = new ArrayList<>();
        items.add(library.button());
        items.add(new Separator());
        items.add(undo.button());
        items.add(redo.button());
        items.add(new Separator());
        for (Command c : List.of(cut, copy, paste, duplicate, delete)) {
            items.add(c.button());
        }
        items.add(new Separator());
        items.add(zoomOut.button());
        Label zoom = new Label();
        zoom.setId("zoomLabel");
        zoom.getStyleClass().add("zoom-label");
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(canvas.zoomProperty().get() * 100) + " %", canvas.zoomProperty()));
        items.add(zoom);
        items.add(zoomIn.button());
        items.add(actualSize.button());
        items.add(zoomToFit.button());
        items.add(new Separator());
        items.add(advisor.button());
        viewCommands.forEach(c -> items.add(c.button()));
        items.add(new Separator());
        items.add(export.button());
        items.forEach(n -> {
            if (n instanceof Separator s) {
                s.setOrientation(javafx.geometry.Orientation.VERTICAL);
            }
        });
        return items;
    }

    /** Shortcuts beyond the menu items' own: Ctrl+Y also redoes. */
    public Map<KeyCombination, Runnable> extraAccelerators() {
        return Map.of(shortcut(KeyCode.Y), () -> {
            if (session.canRedoProperty().get()) {
                session.redo();
            }
        }, shortcut(KeyCode.ADD), canvas::zoomIn, shortcut(KeyCode.SUBTRACT), canvas::zoomOut);
    }

    /**
     * Whether the side panel shows the advisor (true) or the inspector; Ctrl+Shift+A and the Advisor button switch
     * between them, and so does choosing the panel's tab. View state, not saved.
     */
    public BooleanProperty advisorShownProperty() {
        return advisorShown;
    }

    /** The common actions for several selected cards, for the inspector. */
    public List<Command> selectionCommands() {
        return List.of(duplicate, cut, copy, delete);
    }

    public Command addJourneyCommand() {
        return addJourney;
    }

    public List<Command> journeyTabCommands() {
        return List.of(renameJourney, duplicateJourney, deleteJourney);
    }

    private static Menu menu(String text, Command... commands) {
        Menu menu = new Menu(text);
        for (Command command : commands) {
            menu.getItems().add(command == null ? new SeparatorMenuItem() : command.menuItem());
        }
        return menu;
    }
}
