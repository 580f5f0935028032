package org.nineplus.model;

import java.util.List;
import java.util.Objects;

/**
 * A customer persona of a workshop. Journeys refer to one by id.
 *
 * @param picture a bundled illustration name or an image file path; empty when none
 */
public record Persona(String id, String name, String description, List<String> goals, List<String> frustrations,
                      String picture) {

    public Persona {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        goals = goals == null ? List.of() : List.copyOf(goals);
        frustrations = frustrations == null ? List.of() : List.copyOf(frustrations);
        picture = picture == null ? "" : picture;
    }
}
