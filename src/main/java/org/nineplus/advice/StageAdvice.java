package org.nineplus.advice;

import java.util.Objects;

/**
 * The advice on one stage, before any funding.
 *
 * @param basicScore the lowest score among the EXISTING cards in the stage's CORE and COMPLAINTS lanes, or null when
 *        none is rated
 * @param reason one line a client can read: why this verdict
 */
public record StageAdvice(String stageId, Double basicScore, Verdict verdict, String reason) {

    public StageAdvice {
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }
}
