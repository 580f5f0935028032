package org.nineplus.ui.advisor;

import org.nineplus.advice.IdeaClass;

/** A line of the idea list: the heading of a class, or one idea under it. */
public sealed interface IdeaEntry permits IdeaEntry.Header, IdeaEntry.Idea {

    IdeaClass ideaClass();

    /** "9+ moments (2)". */
    record Header(IdeaClass ideaClass, String title, int count) implements IdeaEntry {
    }

    /**
     * One idea.
     *
     * @param where the stage and lane it sits in ("Report a claim · Individual")
     * @param cost the cost in the locale's currency, or "no cost yet"
     * @param uplift the expected uplift ("+1.6"), or "–" when it cannot be computed
     * @param reason the advisor's one-line reason, for the client
     */
    record Idea(String cardId, String title, IdeaClass ideaClass, String where, String cost, String uplift,
                boolean funded, boolean unlocked, String reason) implements IdeaEntry {
    }
}
