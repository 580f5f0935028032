package org.nineplus.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;

/**
 * The canvas's context menu: for a card (edit its title, cut, copy, paste, duplicate, delete), a link (delete), a
 * stage header or a lane title (rename, move, add, delete), an empty cell (add a card there, paste, add a stage or
 * lane) or the desk (paste, zoom). The items are the editor's own commands, enabled as in the menu bar.
 */
final class CanvasContextMenu {

    private final EditorActions actions;
    private final Node owner;
    private ContextMenu shown;

    CanvasContextMenu(EditorActions actions, Node owner) {
        this.actions = actions;
        this.owner = owner;
    }

    /** Installs the menu on the canvas. */
    static void install(EditorActions actions, CanvasView canvas) {
        canvas.setOnContextMenu(new CanvasContextMenu(actions, canvas.node())::show);
    }

    void show(CanvasView.ContextTarget target, double screenX, double screenY) {
        if (shown != null) {
            shown.hide();
        }
        ContextMenu menu = new ContextMenu();
        menu.setId("canvasContextMenu");
        menu.getItems().setAll(actions.contextItems(target));
        shown = menu;
        menu.show(owner, screenX, screenY);
    }
}
