package org.nineplus.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;

/** Commands on the journeys (tabs) of a workshop. */
public final class JourneyCommands {

    private JourneyCommands() {
    }

    /** Adds a journey at the end. */
    public static Command add(Journey journey) {
        return Command.of(Cells.TEXTS.get("journey.add", Cells.quoted(journey.title())), w -> {
            if (w.journey(journey.id()).isPresent()) {
                throw new IllegalArgumentException("the workshop already has a journey " + journey.id());
            }
            List<Journey> journeys = new ArrayList<>(w.journeys());
            journeys.add(journey);
            return w.withJourneys(journeys);
        });
    }

    public static Command rename(String journeyId, String title) {
        return Command.of(Cells.TEXTS.get("journey.rename", Cells.quoted(title)),
                w -> Cells.editJourney(w, journeyId, j -> j.withTitle(title)));
    }

    /** Changes the persona line of a journey ("Young family in their first house"). */
    public static Command changePersona(String journeyId, String persona) {
        return Command.of(Cells.TEXTS.get("journey.persona"), w -> Cells.editJourney(w, journeyId,
                j -> j.withPersona(persona == null ? "" : persona.strip())));
    }

    /** Copies a journey, right after the original, under a fresh id and the given title. */
    public static Command duplicate(String journeyId, String title) {
        return Command.of(Cells.TEXTS.get("journey.duplicate"), w -> {
            Journey original = w.journey(journeyId)
                    .orElseThrow(() -> new IllegalArgumentException("no journey " + journeyId));
            List<Journey> journeys = new ArrayList<>(w.journeys());
            journeys.add(journeys.indexOf(original) + 1, original.withId(freeId(w)).withTitle(title));
            return w.withJourneys(journeys);
        });
    }

    /** Deletes a journey; the last journey of a workshop stays. */
    public static Command delete(String journeyId) {
        return Command.of(Cells.TEXTS.get("journey.delete"), w -> {
            if (w.journeys().size() <= 1) {
                throw new IllegalArgumentException("a workshop keeps at least one journey");
            }
            return w.withJourneys(w.journeys().stream().filter(j -> !j.id().equals(journeyId)).toList());
        });
    }

    /** The first journey id "j1", "j2", … not used in the workshop. */
    public static String freeId(Workshop workshop) {
        Set<String> taken = new HashSet<>();
        workshop.journeys().forEach(j -> taken.add(j.id()));
        for (int n = 1; ; n++) {
            if (!taken.contains("j" + n)) {
                return "j" + n;
            }
        }
    }
}
