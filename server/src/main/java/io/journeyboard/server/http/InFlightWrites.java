package io.journeyboard.server.http;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the writes being served so that a graceful stop can refuse new writes (503) and wait for
 * those already running to finish before the database closes.
 */
public final class InFlightWrites {

    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean closing;

    /** Before-handler: admits a write, or refuses it while the server is stopping. */
    public void enter(Context ctx) {
        if (!isWrite(ctx)) {
            return;
        }
        running.incrementAndGet();
        ctx.attribute(InFlightWrites.class.getName(), Boolean.TRUE);
        if (closing) {
            leave(ctx);
            throw new ApiException(503, "Stopping", "the server is shutting down; retry in a moment");
        }
    }

    /** After-handler: the write is done, whatever its outcome. */
    public void leave(Context ctx) {
        if (ctx.attribute(InFlightWrites.class.getName()) != null) {
            ctx.attribute(InFlightWrites.class.getName(), null);
            synchronized (running) {
                running.decrementAndGet();
                running.notifyAll();
            }
        }
    }

    /** How many writes are being served right now. */
    public int running() {
        return running.get();
    }

    /** Refuses new writes and waits up to {@code grace} for running ones; true when all finished. */
    public boolean drain(Duration grace) throws InterruptedException {
        closing = true;
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (running) {
            while (running.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(running, left);
            }
        }
        return true;
    }

    private static boolean isWrite(Context ctx) {
        return switch (ctx.method()) {
            case POST, PUT, PATCH, DELETE -> true;
            default -> false;
        };
    }
}
