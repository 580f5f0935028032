package org.nineplus.ui;

import java.util.List;

import javafx.scene.control.Menu;

import org.nineplus.ui.editor.AutosaveBinding;
import org.nineplus.ui.editor.EditorActions;
import org.nineplus.ui.editor.EditorScreen;
import org.nineplus.ui.editor.EditorSession;
import org.nineplus.ui.present.PresentationMode;

/**
 * The editor of one open workshop, as {@link EditorAssembly} built it: what the window shows (the screen, with the
 * read-only banner when the library is a copy; its menus) and what must be undone when it closes.
 */
record OpenEditor(EditorSession session, AutosaveBinding autosave, EditorActions actions, EditorScreen screen,
                  PresentationMode presentation, List<Menu> menus, javafx.scene.Node shown) {
}
