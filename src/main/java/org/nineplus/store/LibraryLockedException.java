package org.nineplus.store;

/** The library is open in another NinePlus window or process; it was not touched. */
public final class LibraryLockedException extends PersistenceException {

    private static final long serialVersionUID = 1L;

    public LibraryLockedException(String message) {
        super(message);
    }

    public LibraryLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
