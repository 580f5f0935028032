package org.nineplus.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A workshop: its facts and the journeys mapped in it. An immutable value. */
public record Workshop(String title, String organization, LocalDate date, String facilitator,
                       List<String> participants, String notes, List<Persona> personas, List<Journey> journeys) {

    public Workshop {
        title = title == null ? "" : title;
        organization = organization == null ? "" : organization;
        facilitator = facilitator == null ? "" : facilitator;
        participants = participants == null ? List.of() : List.copyOf(participants);
        notes = notes == null ? "" : notes;
        personas = personas == null ? List.of() : List.copyOf(personas);
        journeys = journeys == null ? List.of() : List.copyOf(journeys);
    }

    public Optional<Journey> journey(String journeyId) {
        return journeys.stream().filter(j -> j.id().equals(journeyId)).findFirst();
    }

    public int cardCount() {
        return journeys.stream().mapToInt(j -> j.cards().size()).sum();
    }

    public Workshop withTitle(String value) {
        return new Workshop(value, organization, date, facilitator, participants, notes, personas, journeys);
    }

    public Workshop withJourneys(List<Journey> value) {
        return new Workshop(title, organization, date, facilitator, participants, notes, personas, value);
    }

    public Workshop withPersonas(List<Persona> value) {
        return new Workshop(title, organization, date, facilitator, participants, notes, value, journeys);
    }

    /** Replaces the journey with the same id. */
    public Workshop withJourney(Journey changed) {
        Objects.requireNonNull(changed, "changed");
        return withJourneys(journeys.stream().map(j -> j.id().equals(changed.id()) ? changed : j).toList());
    }
}
