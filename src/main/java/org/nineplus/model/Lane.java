package org.nineplus.model;

import java.util.Objects;

/** A row of the journey map. */
public record Lane(String id, String name, LaneKind kind) {

    public Lane {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
    }

    public Lane withName(String newName) {
        return new Lane(id, newName, kind);
    }
}
