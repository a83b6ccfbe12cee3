package io.journeyboard.model.format;

/**
 * A file that cannot be read as a Journeyboard document: malformed syntax, a wrong type, an unknown
 * field or a format version this program does not know. The message names the file, line and column
 * (where known), the field path and how to fix it.
 */
public final class FormatException extends Exception {

    private final String source;
    private final int line;
    private final int column;
    private final String detail;

    public FormatException(String source, int line, int column, String detail) {
        super(location(source, line, column) + ": " + detail);
        this.source = source;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    private static String location(String source, int line, int column) {
        if (line <= 0) {
            return source;
        }
        return column > 0 ? source + ":" + line + ":" + column : source + ":" + line;
    }

    public String source() {
        return source;
    }

    /** The 1-based line, or 0 when the problem is not tied to one place. */
    public int line() {
        return line;
    }

    /** The 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The message without the location prefix. */
    public String detail() {
        return detail;
    }
}
