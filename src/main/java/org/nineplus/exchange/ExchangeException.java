package org.nineplus.exchange;

import java.util.Objects;

/**
 * A workshop file that cannot be read: which file, where in it, and what is wrong there. The message reads
 * {@code claims.json: journeys[0].cards[3].improves: "c9" is not an existing card in the same stage and lane}; when
 * the whole document is wrong (not JSON, too large) there is no path and the problem says the line and column.
 */
public class ExchangeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;
    private final String problem;

    public ExchangeException(String source, String path, String problem) {
        this(source, path, problem, null);
    }

    public ExchangeException(String source, String path, String problem, Throwable cause) {
        super(message(source, path, problem), cause);
        this.source = source;
        this.path = path;
        this.problem = problem;
    }

    private static String message(String source, String path, String problem) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(problem, "problem");
        return path.isEmpty() ? source + ": " + problem : source + ": " + path + ": " + problem;
    }

    /** The name of the file (or other source) that was read. */
    public String source() {
        return source;
    }

    /** Where in the document, like {@code journeys[0].cards[3].improves}; empty when the whole document is wrong. */
    public String path() {
        return path;
    }

    /** What is wrong, without the source and path. */
    public String problem() {
        return problem;
    }
}
