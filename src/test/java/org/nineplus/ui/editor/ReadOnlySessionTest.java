package org.nineplus.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineplus.edit.CardCommands;
import org.nineplus.edit.JourneyCommands;
import org.nineplus.model.Workshop;
import org.nineplus.testing.TestWorkshops;

class ReadOnlySessionTest {

    private final Workshop version = TestWorkshops.workedExample();

    @Test
    void aReadOnlySessionRefusesEveryEditAndSaysWhy() {
        EditorSession session = EditorSession.readOnly(7, version);
        assertThat(session.isReadOnly()).isTrue();
        assertThat(session.execute(CardCommands.delete("j1", List.of("e1")))).isFalse();
        assertThat(session.execute(JourneyCommands.rename("j1", "Other"))).isFalse();
        assertThat(session.problemProperty().get()).isEqualTo(EditorSession.READ_ONLY);
        assertThat(session.current()).isEqualTo(version);
        assertThat(session.revisionProperty().get()).isZero();
        assertThat(session.canUndoProperty().get()).isFalse();
        assertThat(session.dirtyProperty().get()).isFalse();
    }

    @Test
    void aReadOnlySessionStillSelectsAndSwitchesJourneys() {
        EditorSession session = EditorSession.readOnly(7, version);
        assertThat(session.journey().orElseThrow().id()).isEqualTo("j1");
        session.selectedCards().add("e1");
        assertThat(session.selectedCards()).containsExactly("e1");
    }

    @Test
    void anOrdinarySessionStillEdits() {
        EditorSession session = new EditorSession(7, version, 10);
        assertThat(session.isReadOnly()).isFalse();
        assertThat(session.execute(CardCommands.delete("j1", List.of("e1")))).isTrue();
        assertThat(session.current().journeys().get(0).card("e1")).isEmpty();
    }
}
