package io.journeyboard.analytics.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Passes text on to a terminal with every control character but line ends and tabs shown as
 * {@code \u001b}: a log's activity or case names are data, and an escape sequence in one must not
 * recolour, move or retitle the terminal that shows the report.
 */
final class TerminalSafeWriter extends FilterWriter {

    private static final String LINE_END = System.lineSeparator();

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (isControl((char) c)) {
            out.write(String.format("\\u%04x", c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(chars[i]);
        }
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(text.charAt(i));
        }
    }

    private static boolean isControl(char c) {
        return (c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f) && c != '\t' && LINE_END.indexOf(c) < 0;
    }
}
