package org.nineplus.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineplus.edit.CardCommands;
import org.nineplus.edit.LaneCommands;
import org.nineplus.model.Workshop;
import org.nineplus.testing.TestWorkshops;

/** The session's properties follow the history; no window is needed. */
class EditorSessionTest {

    private final Workshop start = TestWorkshops.workedExample();

    @Test
    void propertiesFollowEditsUndoAndRedo() {
        EditorSession session = new EditorSession(1, start, 100);
        assertThat(session.journey().orElseThrow().id()).isEqualTo("j1");
        assertThat(session.dirtyProperty().get()).isFalse();
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo");

        session.execute(CardCommands.delete("j1", List.of("e1")));
        assertThat(session.dirtyProperty().get()).isTrue();
        assertThat(session.canUndoProperty().get()).isTrue();
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Delete card");
        assertThat(session.workshopProperty().get().journeys().get(0).card("e1")).isEmpty();

        session.undo();
        assertThat(session.redoTextProperty().get()).isEqualTo("Redo Delete card");
        assertThat(session.workshopProperty().get()).isEqualTo(start);
        assertThat(session.dirtyProperty().get()).isFalse();
    }

    @Test
    void savingClearsTheDirtyMark() {
        EditorSession session = new EditorSession(1, start, 100);
        session.execute(CardCommands.delete("j1", List.of("e1")));
        session.markSaved(session.revisionProperty().get());
        assertThat(session.dirtyProperty().get()).isFalse();
    }

    @Test
    void deletedCardsLeaveTheSelection() {
        EditorSession session = new EditorSession(1, start, 100);
        session.selectedCards().addAll(List.of("e1", "A"));
        session.execute(CardCommands.delete("j1", List.of("e1")));
        assertThat(session.selectedCards()).containsExactly("A");
    }

    @Test
    void aRefusedEditChangesNothingAndSaysWhy() {
        EditorSession session = new EditorSession(1, start, 100);
        assertThat(session.execute(LaneCommands.delete("j1", "core"))).isFalse();
        assertThat(session.problemProperty().get()).contains("cannot be deleted");
        assertThat(session.canUndoProperty().get()).isFalse();
        assertThat(session.current()).isEqualTo(start);
    }
}
