package org.nineplus.store;

/** The library file is damaged or is not a NinePlus library. It was not changed. */
public final class LibraryDamagedException extends PersistenceException {

    private static final long serialVersionUID = 1L;

    public LibraryDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
