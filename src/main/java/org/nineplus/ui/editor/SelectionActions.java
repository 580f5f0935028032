package org.nineplus.ui.editor;

/**
 * What a canvas may offer beyond {@link CanvasView}: deleting what is selected on it (cards or a link). The editor's
 * Delete command calls this when the canvas implements it, and otherwise deletes the session's selected cards.
 */
public interface SelectionActions {

    /** Deletes the selected cards, or the selected link, as one undo step; false when nothing was selected. */
    boolean deleteSelection();
}
