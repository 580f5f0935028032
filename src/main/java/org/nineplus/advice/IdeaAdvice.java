package org.nineplus.advice;

import java.util.List;
import java.util.Objects;

/**
 * The advice on one candidate idea (an IDEA card in one of the four pyramid lanes).
 *
 * @param initialClass the class before funding
 * @param finalClass the class after the re-evaluation round (differs only for unlocked PREMATURE ideas)
 * @param unlockedBy the funded FIX_BASICS ideas of the same stage that unlocked it, in funding order; empty unless
 *        the idea was unlocked
 * @param uplift the expected score minus the score of the card it improves (minus 7.0 for a new element), or null
 *        when it cannot be computed (no expected score, or the improved card has no score)
 * @param reason one line a client can read: the class and why the idea was or was not funded
 */
public record IdeaAdvice(String cardId, IdeaClass initialClass, IdeaClass finalClass, boolean funded,
                         List<String> unlockedBy, Double uplift, String reason) {

    public IdeaAdvice {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(initialClass, "initialClass");
        Objects.requireNonNull(finalClass, "finalClass");
        Objects.requireNonNull(reason, "reason");
        unlockedBy = unlockedBy == null ? List.of() : List.copyOf(unlockedBy);
    }
}
