package org.nineplus.exchange;

import java.util.Objects;

/**
 * A workshop file that cannot be read: which file, where in it, and what is wrong there. The message reads
 * {@code claims.json: journeys[0].cards[3].improves: "c9" is not an existing card in the same stage and lane}; when
 * the whole document is wrong (not JSON, too large) there is no path and the problem says the line and column.
 */
public class ExchangeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The longest path and problem text a message carries; a longer one is cut. */
    private static final int MAX_PATH = 200;
    private static final int MAX_PROBLEM = 400;

    private final String source;
    private final String path;
    private final String problem;

    public ExchangeException(String source, String path, String problem) {
        this(source, path, problem, null);
    }

    public ExchangeException(String source, String path, String problem, Throwable cause) {
        super(message(source, path, problem), cause);
        this.source = source;
        this.path = shortened(printable(path), MAX_PATH);
        this.problem = shortened(printable(problem), MAX_PROBLEM);
    }

    private static String message(String source, String path, String problem) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(problem, "problem");
        String where = shortened(printable(path), MAX_PATH);
        String what = shortened(printable(problem), MAX_PROBLEM);
        return where.isEmpty() ? source + ": " + what : source + ": " + where + ": " + what;
    }

    /** The text cut to {@code max} characters (with an ellipsis), so no hostile value makes a message unreadable. */
    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /**
     * The text with line breaks and other control or invisible format characters written as {@code \\uXXXX}, so a
     * message quoting a hostile value from the file stays one readable line.
     */
    static String printable(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean hidden = Character.isISOControl(c) || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT
                    || type == Character.SURROGATE && !pairedAt(text, i);
            if (hidden && b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (b != null) {
                if (hidden) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }

    private static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
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
