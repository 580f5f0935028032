package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
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
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.nineplus.ui.Command;

/**
 * The editor's commands as menus, toolbar buttons and shortcuts. Asks what it must (a name, a confirmation) and
 * hands the answer to the edit models; the shortcuts are scene accelerators, so they work while the canvas has
 * the focus.
 */
public final class EditorActions {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

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
    final Command editTitle;
    final Command selectAll;
    final Command addExistingHere;
    final Command addIdeaHere;
    final Command addNoteHere;
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
        library = new Command("library", TEXTS.get("command.library"), TEXTS.get("command.library.button"), MaterialDesignB.BOOKSHELF,
                shortcut(KeyCode.L), null, backToLibrary);
        export = new Command("exportMap", TEXTS.get("command.export"), TEXTS.get("command.export.button"), MaterialDesignE.EXPORT,
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                session.journeyIdProperty().isNull(), exportMap);
        undo = new Command("undo", TEXTS.get("command.undo"), TEXTS.get("command.undo.button"), MaterialDesignU.UNDO, shortcut(KeyCode.Z),
                session.canUndoProperty().not(), session::undo);
        redo = new Command("redo", TEXTS.get("command.redo"), TEXTS.get("command.redo.button"), MaterialDesignR.REDO,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                session.canRedoProperty().not(), session::redo);
        cut = new Command("cut", TEXTS.get("command.cut"), null, MaterialDesignC.CONTENT_CUT, shortcut(KeyCode.X), noCards,
                selection::cut);
        copy = new Command("copy", TEXTS.get("command.copy"), null, MaterialDesignC.CONTENT_COPY, shortcut(KeyCode.C), noCards,
                selection::copy);
        paste = new Command("paste", TEXTS.get("command.paste"), null, MaterialDesignC.CONTENT_PASTE, shortcut(KeyCode.V),
                selection.canPasteProperty().not(), selection::paste);
        duplicate = new Command("duplicate", TEXTS.get("command.duplicate"), null, MaterialDesignC.CARDS_OUTLINE,
                shortcut(KeyCode.D), noCards, selection::duplicate);
        delete = new Command("delete", TEXTS.get("command.delete"), null, MaterialDesignD.DELETE_OUTLINE,
                new KeyCodeCombination(KeyCode.DELETE), selection.canDeleteProperty().not(), selection::delete);
        editTitle = new Command("editTitle", TEXTS.get("command.editTitle"), null, MaterialDesignP.PENCIL_OUTLINE,
                new KeyCodeCombination(KeyCode.F2), Bindings.createBooleanBinding(
                        () -> session.singleSelectedCard().isEmpty() && session.selectedStageHeader().isEmpty(),
                        session.selectedCards(), session.selectedStageProperty(), session.selectedLaneProperty()),
                canvas::editSelectedTitle);
        selectAll = new Command("selectAll", TEXTS.get("command.selectAll"), null, MaterialDesignS.SELECT_ALL,
                shortcut(KeyCode.A), null, selection::selectAll);
        ObservableBooleanValue noCell = Bindings.createBooleanBinding(
                () -> session.selectedStageProperty().get() == null || session.selectedLaneProperty().get() == null,
                session.selectedStageProperty(), session.selectedLaneProperty());
        addExistingHere = new Command("addExistingHere", TEXTS.get("command.addExistingHere"), null,
                MaterialDesignC.CARD_OUTLINE, null, noCell, () -> canvas.addCard(PaletteItem.EXISTING));
        addIdeaHere = new Command("addIdeaHere", TEXTS.get("command.addIdeaHere"), null,
                MaterialDesignL.LIGHTBULB_ON_OUTLINE, null, noCell, () -> canvas.addCard(PaletteItem.IDEA));
        addNoteHere = new Command("addNoteHere", TEXTS.get("command.addNoteHere"), null,
                MaterialDesignN.NOTE_TEXT_OUTLINE, null, noCell, () -> canvas.addCard(PaletteItem.NOTE));
        zoomIn = new Command("zoomIn", TEXTS.get("command.zoomIn"), null, MaterialDesignM.MAGNIFY_PLUS_OUTLINE,
                shortcut(KeyCode.EQUALS), null, canvas::zoomIn);
        zoomOut = new Command("zoomOut", TEXTS.get("command.zoomOut"), null, MaterialDesignM.MAGNIFY_MINUS_OUTLINE,
                shortcut(KeyCode.MINUS), null, canvas::zoomOut);
        actualSize = new Command("actualSize", TEXTS.get("command.actualSize"), null, MaterialDesignM.MAGNIFY,
                shortcut(KeyCode.DIGIT0), null, canvas::zoomToActualSize);
        zoomToFit = new Command("zoomToFit", TEXTS.get("command.zoomToFit"), null, MaterialDesignF.FIT_TO_PAGE_OUTLINE,
                shortcut(KeyCode.DIGIT9), null, canvas::zoomToFit);
        advisor = new Command("advisor", TEXTS.get("command.advisor"), TEXTS.get("command.advisor.button"), MaterialDesignL.LIGHTBULB_ON_OUTLINE,
                new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), null,
                () -> advisorShown.set(!advisorShown.get()));

        addJourney = new Command("addJourney", TEXTS.get("command.addJourney"), null, MaterialDesignP.PLUS, null, null,
                this::addJourney);
        renameJourney = new Command("renameJourney", TEXTS.get("command.renameJourney"), null, MaterialDesignR.RENAME_BOX, null,
                null, this::renameJourney);
        duplicateJourney = new Command("duplicateJourney", TEXTS.get("command.duplicateJourney"), null,
                MaterialDesignC.CONTENT_DUPLICATE, null, null, this::duplicateJourney);
        deleteJourney = new Command("deleteJourney", TEXTS.get("command.deleteJourney"), null, MaterialDesignD.DELETE_OUTLINE, null,
                journeys.canDeleteProperty().not(), this::deleteJourney);

        ObservableBooleanValue noStage = structure.hasStageProperty().not();
        ObservableBooleanValue noLane = structure.hasLaneProperty().not();
        addStage = new Command("addStage", TEXTS.get("command.addStage"), null, MaterialDesignP.PLUS_BOX_OUTLINE, null, null, this::addStage);
        renameStage = new Command("renameStage", TEXTS.get("command.renameStage"), null, MaterialDesignR.RENAME_BOX, null, noStage,
                this::renameStage);
        deleteStage = new Command("deleteStage", TEXTS.get("command.deleteStage"), null, MaterialDesignD.DELETE_OUTLINE, null,
                noStage, this::deleteStage);
        stageLeft = new Command("stageLeft", TEXTS.get("command.stageLeft"), null, MaterialDesignA.ARROW_LEFT, null,
                structure.canMoveStageLeftProperty().not(), () -> structure.moveStage(-1));
        stageRight = new Command("stageRight", TEXTS.get("command.stageRight"), null, MaterialDesignA.ARROW_RIGHT, null,
                structure.canMoveStageRightProperty().not(), () -> structure.moveStage(1));
        addLane = new Command("addLane", TEXTS.get("command.addLane"), null, MaterialDesignP.PLUS, null, null, this::addLane);
        renameLane = new Command("renameLane", TEXTS.get("command.renameLane"), null, MaterialDesignR.RENAME_BOX, null, noLane,
                this::renameLane);
        deleteLane = new Command("deleteLane", TEXTS.get("command.deleteLane"), null, MaterialDesignD.DELETE_OUTLINE, null,
                structure.canDeleteLaneProperty().not(), this::deleteLane);
        laneUp = new Command("laneUp", TEXTS.get("command.laneUp"), null, MaterialDesignA.ARROW_UP, null,
                structure.canMoveLaneUpProperty().not(), () -> structure.moveLane(-1));
        laneDown = new Command("laneDown", TEXTS.get("command.laneDown"), null, MaterialDesignA.ARROW_DOWN, null,
                structure.canMoveLaneDownProperty().not(), () -> structure.moveLane(1));
    }


    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    // ---- questions, then edits

    void addJourney() {
        dialogs.askName(TEXTS.get("dialog.newJourney"), TEXTS.get("dialog.add"), TEXTS.get("dialog.newJourney.name")).ifPresent(journeys::add);
    }

    void renameJourney() {
        session.journey().ifPresent(j -> dialogs.askName(TEXTS.get("dialog.renameJourney"), TEXTS.get("dialog.rename"), j.title())
                .ifPresent(title -> journeys.rename(j.id(), title)));
    }

    void duplicateJourney() {
        session.journey().ifPresent(j -> journeys.duplicate(j.id(), JourneyEdits.copyTitle(j.title())));
    }

    void deleteJourney() {
        session.journey().filter(j -> journeys.canDeleteProperty().get()).filter(j -> dialogs.confirmDelete(
                TEXTS.get("dialog.deleteJourney"), TEXTS.get("dialog.deleteJourney.question", j.title()),
                TEXTS.get("dialog.deleteJourney.details", j.stages().size(), j.cards().size())))
                .ifPresent(j -> journeys.delete(j.id()));
    }

    void addStage() {
        if (session.journey().isPresent()) {
            dialogs.askName(TEXTS.get("dialog.addStage"), TEXTS.get("dialog.add"), TEXTS.get("dialog.addStage.name")).ifPresent(structure::addStage);
        }
    }

    void renameStage() {
        structure.stage().flatMap(s -> dialogs.askName(TEXTS.get("dialog.renameStage"), TEXTS.get("dialog.rename"), s.name()))
                .ifPresent(structure::renameStage);
    }

    void deleteStage() {
        structure.stage().ifPresent(s -> {
            int cards = structure.cardsInSelectedStage();
            String question = TEXTS.get("dialog.deleteStage.question", s.name(), cards);
            if (dialogs.confirmDelete(TEXTS.get("dialog.deleteStage"), question, TEXTS.get("dialog.undoBrings"))) {
                structure.deleteStage();
            }
        });
    }

    void addLane() {
        if (session.journey().isPresent()) {
            dialogs.askName(TEXTS.get("dialog.addLane"), TEXTS.get("dialog.add"), TEXTS.get("dialog.addLane.name")).ifPresent(structure::addNotesLane);
        }
    }

    void renameLane() {
        structure.lane().flatMap(l -> dialogs.askName(TEXTS.get("dialog.renameLane"), TEXTS.get("dialog.rename"), l.name()))
                .ifPresent(structure::renameLane);
    }

    void deleteLane() {
        structure.lane().filter(l -> !l.kind().isPyramid()).ifPresent(l -> {
            int cards = structure.cardsInSelectedLane();
            String question = TEXTS.get("dialog.deleteLane.question", l.name(), cards);
            if (dialogs.confirmDelete(TEXTS.get("dialog.deleteLane"), question, TEXTS.get("dialog.undoBrings"))) {
                structure.deleteLane();
            }
        });
    }

    // ---- what the window shows

    /** File, Edit, View, Journey and Map menus; {@code quit} ends the File menu. */
    public List<Menu> menus(Command quit) {
        Menu edit = menu(TEXTS.get("menu.edit"), undo, redo, null, cut, copy, paste, duplicate, delete, null, editTitle,
                selectAll);
        Menu map = menu(TEXTS.get("menu.map"), addStage, renameStage, deleteStage, stageLeft, stageRight, null, addLane, renameLane,
                deleteLane, laneUp, laneDown);
        return List.of(menu(TEXTS.get("menu.file"), export, null, library, null, quit), edit,
                viewMenu(),
                menu(TEXTS.get("menu.journey"), addJourney, renameJourney, duplicateJourney, deleteJourney), map);
    }

    /**
     * The canvas's context menu for a target, separators included; the canvas has selected the target. The items
     * are the menu bar's commands, with the same live texts (see {@link #item}).
     */
    List<MenuItem> contextItems(CanvasView.ContextTarget target) {
        List<Command> commands = switch (target) {
            case CARD -> java.util.Arrays.asList(editTitle, null, cut, copy, paste, duplicate, null, delete);
            case LINK -> List.of(delete);
            case STAGE -> java.util.Arrays.asList(renameStage, stageLeft, stageRight, null, addStage, null, deleteStage);
            case LANE -> java.util.Arrays.asList(renameLane, laneUp, laneDown, null, addLane, null, deleteLane);
            case CELL -> java.util.Arrays.asList(addExistingHere, addIdeaHere, addNoteHere, null, paste, null, addStage,
                    addLane);
            case BACKGROUND -> java.util.Arrays.asList(paste, null, zoomToFit, actualSize);
        };
        return commands.stream().map(c -> c == null ? new SeparatorMenuItem() : item(c, c.contextMenuItem())).toList();
    }

    /**
     * A command's item with the texts that follow the session: Undo and Redo name the edit, and Delete lane says
     * why a pyramid lane cannot go (a disabled item shows no tooltip).
     */
    private MenuItem item(Command command, MenuItem item) {
        if (command == undo) {
            bindText(item, session.undoTextProperty());
        } else if (command == redo) {
            bindText(item, session.redoTextProperty());
        } else if (command == deleteLane) {
            item.textProperty().bind(Bindings.when(structure.canDeleteLaneProperty())
                    .then(TEXTS.get("command.deleteLane")).otherwise(Bindings.when(structure.hasLaneProperty())
                            .then(TEXTS.get("command.deleteLane.pyramid")).otherwise(TEXTS.get("command.deleteLane"))));
        }
        return item;
    }

    private Menu viewMenu() {
        Menu view = menu(TEXTS.get("menu.view"), zoomIn, zoomOut, actualSize, zoomToFit, null, advisor);
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

    /**
     * The shortcuts of the commands on the map's selection (edit title, duplicate, cut, copy, paste, delete, select
     * all): typed in a text field, they belong to the field, never to the map.
     */
    public List<KeyCombination> mapSelectionShortcuts() {
        return List.of(editTitle, duplicate, cut, copy, paste, delete, selectAll).stream().map(Command::shortcut)
                .toList();
    }

    public Command addJourneyCommand() {
        return addJourney;
    }

    public List<Command> journeyTabCommands() {
        return List.of(renameJourney, duplicateJourney, deleteJourney);
    }

    private Menu menu(String text, Command... commands) {
        Menu menu = new Menu(text);
        for (Command command : commands) {
            menu.getItems().add(command == null ? new SeparatorMenuItem() : item(command, command.menuItem()));
        }
        return menu;
    }
}
