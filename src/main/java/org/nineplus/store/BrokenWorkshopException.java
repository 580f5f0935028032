package org.nineplus.store;

/**
 * A workshop (or a version of one) whose stored rows break {@link org.nineplus.model.WorkshopRules}, as rows changed
 * by another tool can: a score of 42, a card in a lane the journey does not have, a link to a missing card. It was
 * not loaded and nothing was changed; the rest of the library is unaffected. The message names the workshop, the
 * place (journey, stage or card, field) and the broken rule with the bad value, in the words the file import uses.
 */
public final class BrokenWorkshopException extends PersistenceException {

    private static final long serialVersionUID = 1L;

    public BrokenWorkshopException(String message) {
        super(message);
    }
}
