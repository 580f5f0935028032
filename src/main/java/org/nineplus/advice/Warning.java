package org.nineplus.advice;

import java.util.Objects;

/** Something the team should look at on one card; {@code message} is one line a client can read. */
public record Warning(Kind kind, String cardId, String message) {

    /** The kinds of warning the advisor gives. */
    public enum Kind {
        /** A must-be idea in a distinctive lane, or an attractive idea in a basic lane. */
        MISPLACED_LAYER,
        /** An idea without a cost or an expected score: listed, never funded. */
        UNESTIMATED
    }

    public Warning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(message, "message");
    }
}
