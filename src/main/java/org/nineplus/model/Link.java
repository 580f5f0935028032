package org.nineplus.model;

import java.util.Objects;

/** An arrow from one card to another, both in the same journey. */
public record Link(String from, String to) {

    public Link {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
