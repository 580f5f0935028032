package org.nineplus.cli;

/** Bad arguments or bad input: the command line prints the message as one line and exits with status 2. */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
