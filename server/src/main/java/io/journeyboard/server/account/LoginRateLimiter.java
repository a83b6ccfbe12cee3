package io.journeyboard.server.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per account and per client address within a sliding window; past the
 * limit, sign-in is refused (429) until the oldest failure leaves the window.
 */
public final class LoginRateLimiter {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginRateLimiter(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Seconds until {@code keys} may try again, or 0 when they may try now. */
    public long retryAfterSeconds(String... keys) {
        Instant now = clock.instant();
        long wait = 0;
        for (String key : keys) {
            Deque<Instant> times = failures.get(key);
            if (times == null) {
                continue;
            }
            synchronized (times) {
                prune(times, now);
                if (times.size() >= maxFailures) {
                    wait = Math.max(wait, Duration.between(now, times.peekFirst().plus(window)).toSeconds() + 1);
                }
            }
        }
        return wait;
    }

    public void failed(String... keys) {
        Instant now = clock.instant();
        for (String key : keys) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                prune(times, now);
                times.addLast(now);
            }
        }
    }

    /** A successful sign-in clears the account's failures (not the address's). */
    public void succeeded(String accountKey) {
        failures.remove(accountKey);
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.pollFirst();
        }
    }
}
