package io.journeyboard.server.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A copy of what the server logs while a test runs. The log goes to stderr (logback's console
 * appender writes to whatever {@code System.err} is at the time), so stderr is teed into memory
 * until {@link #close()}.
 */
public final class CapturedLog implements AutoCloseable {

    private final PrintStream stderr = System.err;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

    private CapturedLog() {
        System.setErr(new PrintStream(new Tee(stderr, copy), true, StandardCharsets.UTF_8));
    }

    public static CapturedLog start() {
        return new CapturedLog();
    }

    /** Waits up to 60 s for a line holding every one of {@code parts}; answers it. */
    public String await(String... parts) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            for (String line : lines()) {
                if (List.of(parts).stream().allMatch(line::contains)) {
                    return line;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no log line with " + List.of(parts) + " in:\n" + text());
    }

    /** Waits for the request log line of {@code path} (the exact path, not a longer one). */
    public String awaitRequest(String method, String path) throws InterruptedException {
        return await("event=request", "method=" + method, "path=" + path + " ");
    }

    public String text() {
        synchronized (copy) {
            return copy.toString(StandardCharsets.UTF_8);
        }
    }

    private List<String> lines() {
        return text().lines().toList();
    }

    @Override
    public void close() {
        System.setErr(stderr);
    }

    /** Writes to both streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final ByteArrayOutputStream second;

        Tee(OutputStream first, ByteArrayOutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            synchronized (second) {
                second.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            synchronized (second) {
                second.write(b, off, len);
            }
        }
    }
}
