package org.nineplus.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.SeparatorMenuItem;

import org.nineplus.ui.Command;

/**
 * The canvas's context menu: for a card (edit its title, cut, copy, paste, duplicate, delete), a link (delete), a
 * stage header or a lane title (rename, move, add, delete), an empty cell (paste, add a stage or lane) or the desk
 * (paste, zoom). The items are the editor's own commands, enabled as in the menu bar.
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
        for (Command command : actions.contextCommands(target)) {
            if (command == null) {
                menu.getItems().add(new SeparatorMenuItem());
            } else {
                menu.getItems().add(command.contextMenuItem());
                if (command == actions.deleteLane) {
                    menu.getItems().get(menu.getItems().size() - 1).textProperty().bind(actions.deleteLaneText());
                }
            }
        }
        shown = menu;
        menu.show(owner, screenX, screenY);
    }
}
