package io.journeyboard.server.explore;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Results computed on one explored log, least recently used dropped first once their estimated bytes
 * pass the limit. A log's data never changes under its cache (a new version is a new log), so an entry
 * is only ever dropped for room. Two requests asking the same new key at once may both compute it.
 */
final class ResultCache {

    private record Entry(Object value, long bytes) {}

    private final long maxBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    ResultCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The cached value of {@code key}, or one computed now and kept, weighing {@code weight(value)} bytes. */
    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute, ToLongFunction<T> weight) {
        synchronized (this) {
            Entry found = entries.get(key);
            if (found != null) {
                return (T) found.value();
            }
        }
        T value = compute.get();
        long size = Math.max(64, weight.applyAsLong(value));
        synchronized (this) {
            Entry previous = entries.put(key, new Entry(value, size));
            bytes += size - (previous == null ? 0 : previous.bytes());
            Iterator<Map.Entry<String, Entry>> oldest = entries.entrySet().iterator();
            while (bytes > maxBytes && entries.size() > 1 && oldest.hasNext()) {
                Map.Entry<String, Entry> entry = oldest.next();
                if (!entry.getKey().equals(key)) {
                    bytes -= entry.getValue().bytes();
                    oldest.remove();
                }
            }
        }
        return value;
    }

    synchronized int size() {
        return entries.size();
    }
}
