package org.nineplus.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Starting points for new workshops. */
public final class WorkshopTemplates {

    private WorkshopTemplates() {
    }

    /** The lanes a new journey starts with: the four pyramid layers (bottom first), the emotion curve, channels. */
    public static List<Lane> startingLanes() {
        return List.of(new Lane("core", "Core promise", LaneKind.CORE),
                new Lane("complaints", "Complaints put right", LaneKind.COMPLAINTS),
                new Lane("individual", "Individual service", LaneKind.INDIVIDUAL),
                new Lane("surprise", "Surprise", LaneKind.SURPRISE),
                new Lane("emotion", "Emotion", LaneKind.EMOTION),
                new Lane("channels", "Channels", LaneKind.NOTES));
    }

    /** A workshop with one journey that has its lanes but no stages or cards yet: a blank canvas. */
    public static Workshop blank(String title, LocalDate date) {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a workshop needs a title");
        }
        Journey journey = new Journey("j1", "Customer journey", "", null, List.of(), startingLanes(), List.of(),
                List.of());
        return new Workshop(title.strip(), "", date, "", List.of(), "", List.of(), List.of(journey));
    }
}
