package io.journeyboard.cli;

import java.io.PrintStream;
import java.util.function.LongConsumer;

/**
 * A progress bar on stderr for long work, fed with the amount done so far (bytes read, items
 * processed) against a known total. It redraws at most ten times a second and stays silent when
 * stderr is not a terminal, unless forced, so logs and CI output stay clean.
 */
public final class ProgressBar implements LongConsumer, AutoCloseable {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final String label;
    private final long total;
    private final boolean enabled;
    private long lastDraw;
    private long lastDone;

    public ProgressBar(PrintStream out, String label, long total, boolean enabled) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
        this.enabled = enabled;
    }

    /** A bar on stderr, shown when there is a console attached. */
    public static ProgressBar onStderr(String label, long total) {
        return new ProgressBar(System.err, label, total, System.console() != null);
    }

    @Override
    public void accept(long done) {
        lastDone = done;
        long now = System.nanoTime();
        if (enabled && now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(done);
        }
    }

    private void draw(long done) {
        double fraction = Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        out.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + String.format("%3d%%", Math.round(fraction * 100)));
        out.flush();
    }

    @Override
    public void close() {
        if (enabled) {
            draw(Math.max(lastDone, total));
            out.println();
        }
    }
}
