package io.journeyboard.server.store;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Answers of the lookups every request makes (its session, the member's role), reused for at most
 * {@link #LIFETIME}. The writes that change an answer forget it on this server at once; another server
 * over the same database sees the change within the lifetime (docs/server.md, "Caches").
 *
 * A lookup that was under way while something was forgotten is not kept, so a sign-out or a role change
 * that lands between a lookup's query and its caching cannot be undone by it.
 */
public final class RecentAnswers<K, V> {

    /** How long an answer is reused: a sign-out on another server takes effect before a person could notice. */
    public static final Duration LIFETIME = Duration.ofSeconds(1);

    private static final int MAX_ENTRIES = 10_000;

    private record Kept<V>(Optional<V> answer, long until) {}

    private final ConcurrentHashMap<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private final AtomicLong forgettings = new AtomicLong();
    private final LongSupplier nanoClock;
    private final boolean keepsAbsence;

    private RecentAnswers(LongSupplier nanoClock, boolean keepsAbsence) {
        this.nanoClock = nanoClock;
        this.keepsAbsence = keepsAbsence;
    }

    /** Keeps found answers only: a key not found now (a new session) may exist a moment later. */
    public static <K, V> RecentAnswers<K, V> ofFound() {
        return new RecentAnswers<>(System::nanoTime, false);
    }

    /** Keeps "not found" too, for lookups whose every change forgets (membership). */
    public static <K, V> RecentAnswers<K, V> ofFoundAndAbsent() {
        return new RecentAnswers<>(System::nanoTime, true);
    }

    /** For tests that move time themselves. */
    static <K, V> RecentAnswers<K, V> withClock(LongSupplier nanoClock, boolean keepsAbsence) {
        return new RecentAnswers<>(nanoClock, keepsAbsence);
    }

    /** The kept answer for {@code key} while it is fresh, else {@code lookup}'s, kept for next time. */
    public Optional<V> get(K key, Function<K, Optional<V>> lookup) {
        long now = nanoClock.getAsLong();
        Kept<V> found = kept.get(key);
        if (found != null && now - found.until() < 0) {
            return found.answer();
        }
        long generation = forgettings.get();
        Optional<V> answer = lookup.apply(key);
        if ((answer.isPresent() || keepsAbsence) && forgettings.get() == generation) {
            if (kept.size() >= MAX_ENTRIES) {
                kept.clear();
            }
            kept.put(key, new Kept<>(answer, now + LIFETIME.toNanos()));
            if (forgettings.get() != generation) {
                kept.remove(key);
            }
        }
        return answer;
    }

    public void forget(K key) {
        forgettings.incrementAndGet();
        kept.remove(key);
    }

    /** Forgets every kept answer matching {@code which} (found answers only). */
    public void forgetIf(Predicate<V> which) {
        forgettings.incrementAndGet();
        kept.values().removeIf(k -> k.answer().filter(which).isPresent());
    }

    public void forgetAll() {
        forgettings.incrementAndGet();
        kept.clear();
    }
}
