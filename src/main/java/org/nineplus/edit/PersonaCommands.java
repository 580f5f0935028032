package org.nineplus.edit;

import org.nineplus.model.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.nineplus.model.Journey;
import org.nineplus.model.Persona;
import org.nineplus.model.Workshop;

/** Commands on the personas of a workshop and on the persona a journey picks. Each is one undo step. */
public final class PersonaCommands {

    private PersonaCommands() {
    }

    /** Adds a persona at the end of the workshop's list. */
    public static Command add(Persona persona) {
        return Command.of(text("command.add", Cells.quoted(persona.name())), w -> {
            if (find(w, persona.id()) >= 0) {
                throw new IllegalArgumentException("the workshop already has a persona " + persona.id());
            }
            List<Persona> personas = new ArrayList<>(w.personas());
            personas.add(persona);
            return w.withPersonas(personas);
        });
    }

    /** Replaces the persona with the same id (name, description, goals, frustrations, picture). */
    public static Command change(Persona changed) {
        return Command.of(text("command.change", Cells.quoted(changed.name())), w -> {
            List<Persona> personas = new ArrayList<>(w.personas());
            personas.set(indexOf(w, changed.id()), changed);
            return w.withPersonas(personas);
        });
    }

    /** Deletes a persona; every journey that picked it is left without a persona, in the same undo step. */
    public static Command delete(String personaId) {
        return Command.of(text("command.delete"), w -> {
            List<Persona> personas = new ArrayList<>(w.personas());
            personas.remove(indexOf(w, personaId));
            List<Journey> journeys = w.journeys().stream()
                    .map(j -> personaId.equals(j.personaId()) ? j.withPersonaId(null) : j).toList();
            return w.withPersonas(personas).withJourneys(journeys);
        });
    }

    /** Makes a journey show one of the workshop's personas, or none when {@code personaId} is null. */
    public static Command pick(String journeyId, String personaId) {
        return Command.of(text(personaId == null ? "command.pickNone" : "command.pick"), w -> {
            if (personaId != null) {
                indexOf(w, personaId);
            }
            return Cells.editJourney(w, journeyId, j -> j.withPersonaId(personaId));
        });
    }

    /** The first persona id "p1", "p2", … not used in the workshop. */
    public static String freeId(Workshop workshop) {
        Set<String> taken = new HashSet<>();
        workshop.personas().forEach(p -> taken.add(p.id()));
        for (int n = 1; ; n++) {
            if (!taken.contains("p" + n)) {
                return "p" + n;
            }
        }
    }

    private static int indexOf(Workshop w, String personaId) {
        int index = find(w, personaId);
        if (index < 0) {
            throw new IllegalArgumentException("no persona " + personaId);
        }
        return index;
    }

    private static int find(Workshop w, String personaId) {
        for (int i = 0; i < w.personas().size(); i++) {
            if (w.personas().get(i).id().equals(personaId)) {
                return i;
            }
        }
        return -1;
    }

    private static String text(String key, Object... arguments) {
        return Texts.of("org.nineplus.edit.personas").get(key, arguments);
    }
}
