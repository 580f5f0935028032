package org.nineplus.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nineplus.model.Journey;
import org.nineplus.model.Persona;
import org.nineplus.model.Workshop;
import org.nineplus.model.WorkshopRules;
import org.nineplus.testing.TestWorkshops;

/** Adding, changing, deleting and picking personas: each one undo step, and the workshop stays valid. */
class PersonaCommandsTest {

    private final Workshop start = TestWorkshops.workedExample();
    private final Persona anna = new Persona("p1", "Anna", "First-time buyer", List.of("Quick payout"),
            List.of("Waiting on hold"), "bundled:owl");
    private Locale locale;

    @BeforeEach
    void english() {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(locale);
    }

    @Test
    void addThenPickThenUndoBoth() {
        History history = new History(start, 10);

        assertThat(history.execute(PersonaCommands.add(anna))).isTrue();
        assertThat(history.undoDescription()).contains("Add persona 'Anna'");
        assertThat(history.execute(PersonaCommands.pick("j1", "p1"))).isTrue();

        Workshop now = history.current();
        assertThat(now.personas()).containsExactly(anna);
        assertThat(now.journey("j1").orElseThrow().personaId()).isEqualTo("p1");
        assertThat(WorkshopRules.check(now)).isEmpty();

        history.undo();
        assertThat(history.current().journey("j1").orElseThrow().personaId()).isNull();
        assertThat(history.current().personas()).containsExactly(anna);
        history.undo();
        assertThat(history.current()).isEqualTo(start);
    }

    @Test
    void changeReplacesTheFieldsAndKeepsTheId() {
        History history = new History(start.withPersonas(List.of(anna)), 10);
        Persona older = new Persona("p1", "Anna (62)", "Retired", List.of("Peace of mind", "A person to call"),
                List.of(), "bundled:bear");

        assertThat(history.execute(PersonaCommands.change(older))).isTrue();

        assertThat(history.current().personas()).containsExactly(older);
        assertThat(history.undoDescription()).contains("Change persona 'Anna (62)'");
        history.undo();
        assertThat(history.current().personas()).containsExactly(anna);
        assertThat(history.execute(PersonaCommands.change(anna))).as("no change, no undo step").isFalse();
    }

    @Test
    void deleteClearsEveryJourneyUsingItInOneUndoStep() {
        Journey second = start.journeys().get(0).withId("j2").withPersonaId("p1");
        Persona bas = new Persona("p2", "Bas", "", List.of(), List.of(), "");
        Workshop used = start.withPersonas(List.of(anna, bas)).withJourneys(List.of(
                start.journeys().get(0).withPersonaId("p1"), second, second.withId("j3").withPersonaId("p2")));
        assertThat(WorkshopRules.check(used)).isEmpty();
        History history = new History(used, 10);

        assertThat(history.execute(PersonaCommands.delete("p1"))).isTrue();

        Workshop now = history.current();
        assertThat(now.personas()).containsExactly(bas);
        assertThat(now.journeys()).extracting(Journey::personaId).containsExactly(null, null, "p2");
        assertThat(WorkshopRules.check(now)).isEmpty();
        history.undo();
        assertThat(history.current()).isEqualTo(used);
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void pickNoneAndUnknownIds() {
        Workshop picked = start.withPersonas(List.of(anna)).withJourney(start.journeys().get(0).withPersonaId("p1"));
        History history = new History(picked, 10);

        assertThat(history.execute(PersonaCommands.pick("j1", null))).isTrue();
        assertThat(history.current().journey("j1").orElseThrow().personaId()).isNull();
        assertThatThrownBy(() -> PersonaCommands.pick("j1", "nobody").apply(picked))
                .hasMessageContaining("no persona nobody");
        assertThatThrownBy(() -> PersonaCommands.add(anna).apply(picked)).hasMessageContaining("already");
        assertThatThrownBy(() -> PersonaCommands.delete("p9").apply(picked)).hasMessageContaining("no persona p9");
    }

    @Test
    void freeIdSkipsTakenIds() {
        assertThat(PersonaCommands.freeId(start)).isEqualTo("p1");
        assertThat(PersonaCommands.freeId(start.withPersonas(List.of(anna)))).isEqualTo("p2");
    }

    @Test
    void descriptionsAreDutchInDutch() {
        Locale.setDefault(Locale.forLanguageTag("nl"));
        assertThat(PersonaCommands.add(anna).description()).isEqualTo("Persona 'Anna' toevoegen");
        assertThat(PersonaCommands.delete("p1").description()).isEqualTo("Persona verwijderen");
    }
}
