package io.journeyboard.server.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed sign-ins per account and per client address within a sliding window; past the
 * limit, sign-in is refused (429) until the oldest failure leaves the window.
 *
 * An attempt is reserved before its password is checked and counts as a failure until it
 * {@linkplain Attempt#succeeded() succeeds}: checking the count first and adding to it after the slow
 * bcrypt comparison let 30 parallel wrong passwords all be evaluated although the limit is 5.
 */
public final class LoginRateLimiter {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Attempt>> failures = new HashMap<>();

    public LoginRateLimiter(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** One reserved sign-in attempt; a failure unless it succeeds. */
    public final class Attempt {

        private final Instant at;
        private final String accountKey;
        private final String addressKey;

        private Attempt(Instant at, String accountKey, String addressKey) {
            this.at = at;
            this.accountKey = accountKey;
            this.addressKey = addressKey;
        }

        /** The password was right: the account's failures are cleared; the address no longer counts this attempt. */
        public void succeeded() {
            synchronized (LoginRateLimiter.this) {
                failures.remove(accountKey);
                Deque<Attempt> byAddress = failures.get(addressKey);
                if (byAddress != null) {
                    byAddress.remove(this);
                }
            }
        }
    }

    /**
     * Reserves an attempt for the account and the address, or answers how many seconds they must wait
     * (empty attempt) when either has reached the limit.
     */
    public synchronized Reservation reserve(String accountKey, String addressKey) {
        Instant now = clock.instant();
        long wait = Math.max(waitSeconds(accountKey, now), waitSeconds(addressKey, now));
        if (wait > 0) {
            return new Reservation(Optional.empty(), wait);
        }
        Attempt attempt = new Attempt(now, accountKey, addressKey);
        failures.computeIfAbsent(accountKey, k -> new ArrayDeque<>()).addLast(attempt);
        failures.computeIfAbsent(addressKey, k -> new ArrayDeque<>()).addLast(attempt);
        return new Reservation(Optional.of(attempt), 0);
    }

    /** Seconds until {@code keys} may try again, or 0 when they may try now. */
    public synchronized long retryAfterSeconds(String... keys) {
        Instant now = clock.instant();
        long wait = 0;
        for (String key : keys) {
            wait = Math.max(wait, waitSeconds(key, now));
        }
        return wait;
    }

    /** Counts a failure for each of {@code keys} (a sign-up with an address that cannot be used, say). */
    public synchronized void failed(String... keys) {
        Attempt failure = new Attempt(clock.instant(), null, null);
        for (String key : keys) {
            failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(failure);
        }
    }

    /** An attempt that may go ahead, or the seconds to wait before the next one. */
    public record Reservation(Optional<Attempt> attempt, long retryAfterSeconds) {}

    private long waitSeconds(String key, Instant now) {
        Deque<Attempt> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        while (!times.isEmpty() && !times.peekFirst().at.plus(window).isAfter(now)) {
            times.pollFirst();
        }
        if (times.isEmpty()) {
            failures.remove(key);
            return 0;
        }
        if (times.size() < maxFailures) {
            return 0;
        }
        return Duration.between(now, times.peekFirst().at.plus(window)).toSeconds() + 1;
    }
}
