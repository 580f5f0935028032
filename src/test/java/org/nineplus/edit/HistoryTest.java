package org.nineplus.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineplus.model.Workshop;
import org.nineplus.testing.TestWorkshops;

class HistoryTest {

    private final Workshop start = TestWorkshops.workedExample();

    private static Command retitle(String title) {
        return Command.of("Rename workshop", w -> w.withTitle(title));
    }

    @Test
    void undoAndRedoReturnToExactlyTheEarlierValues() {
        History history = new History(start, 100);
        history.execute(retitle("One"));
        Workshop afterOne = history.current();
        history.execute(retitle("Two"));

        history.undo();
        assertThat(history.current()).isEqualTo(afterOne);
        history.undo();
        assertThat(history.current()).isSameAs(start);
        assertThat(history.canUndo()).isFalse();
        history.redo();
        history.redo();
        assertThat(history.current().title()).isEqualTo("Two");
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void aCommandThatChangesNothingIsNoUndoStep() {
        History history = new History(start, 100);
        assertThat(history.execute(retitle(start.title()))).isFalse();
        assertThat(history.canUndo()).isFalse();
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void theMenuNamesTheEditThatUndoAndRedoWouldTakeBack() {
        History history = new History(start, 100);
        assertThat(history.undoDescription()).isEmpty();
        history.execute(CardCommands.delete("j1", List.of("e1")));
        assertThat(history.undoDescription()).contains("Delete card");
        history.undo();
        assertThat(history.redoDescription()).contains("Delete card");
        assertThat(history.undoDescription()).isEmpty();
    }

    @Test
    void unsavedChangesMeanTheCurrentRevisionIsNotTheSavedOne() {
        History history = new History(start, 100);
        history.execute(retitle("One"));
        assertThat(history.isDirty()).isTrue();
        history.markSaved(history.revision());
        assertThat(history.isDirty()).isFalse();
        history.execute(retitle("Two"));
        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.isDirty()).as("back at the saved state").isFalse();
        history.undo();
        assertThat(history.isDirty()).isTrue();
    }

    @Test
    void aNewEditClearsRedo() {
        History history = new History(start, 100);
        history.execute(retitle("One"));
        history.undo();
        history.execute(retitle("Other"));
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void theHistoryKeepsOnlyTheLastStepsUpToItsLimit() {
        History history = new History(start, 3);
        for (int i = 1; i <= 5; i++) {
            history.execute(retitle("T" + i));
        }
        int undone = 0;
        while (history.canUndo()) {
            history.undo();
            undone++;
        }
        assertThat(undone).isEqualTo(3);
        assertThat(history.current().title()).isEqualTo("T2");
    }

    @Test
    void listenersHearEveryChangeAndMayNotExecuteFromInsideACommand() {
        History history = new History(start, 10);
        List<Long> heard = new ArrayList<>();
        history.addListener(h -> heard.add(h.revision()));
        history.execute(retitle("One"));
        history.undo();
        history.redo();
        assertThat(heard).containsExactly(1L, 0L, 1L);

        Command nested = Command.of("Nested", w -> {
            history.execute(retitle("inner"));
            return w;
        });
        assertThatThrownBy(() -> history.execute(nested)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Nested");
    }
}
