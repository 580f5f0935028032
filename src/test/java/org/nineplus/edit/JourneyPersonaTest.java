package org.nineplus.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nineplus.model.Workshop;
import org.nineplus.testing.TestWorkshops;

/** The persona line of a journey is edited as one undo step. */
class JourneyPersonaTest {

    private final Workshop start = TestWorkshops.workedExample();

    @Test
    void changingThePersonaIsOneUndoStep() {
        History history = new History(start, 10);

        assertThat(history.execute(JourneyCommands.changePersona("j1", "  Retired couple, second home "))).isTrue();

        assertThat(history.current().journey("j1").orElseThrow().persona()).isEqualTo("Retired couple, second home");
        assertThat(history.undoDescription()).contains("Change persona of journey");
        history.undo();
        assertThat(history.current()).isEqualTo(start);
    }

    @Test
    void theSamePersonaChangesNothing() {
        History history = new History(start, 10);

        assertThat(history.execute(JourneyCommands.changePersona("j1", "Young family in their first house")))
                .isFalse();
        assertThat(history.canUndo()).isFalse();
    }
}
