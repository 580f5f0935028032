package org.nineplus.exchange;

/** Thrown inside the reader at the first wrong value; {@link WorkshopJson} turns it into an ExchangeException. */
final class BadValue extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;

    BadValue(String path, String problem) {
        super(problem, null, false, false);
        this.path = path;
    }

    String path() {
        return path;
    }
}
