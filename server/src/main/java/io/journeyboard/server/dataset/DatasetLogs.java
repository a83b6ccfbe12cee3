package io.journeyboard.server.dataset;

import io.journeyboard.analytics.log.EventLog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The events of a dataset as one {@link EventLog}, reopened from the stored columns (no text is parsed)
 * and kept in memory while the dataset has the same batches: the log held for {@code n} batches is
 * reused, and grown by the batches added after it, so a view after an append costs only the new batch.
 * The logs held stay within a memory budget (estimated bytes, a third of the heap by default): past it,
 * the least recently used are let go, and reopened from the store when asked for again.
 */
public final class DatasetLogs {

    private record Opened(int batches, EventLog log, AtomicLong lastUsed) {}

    private final DatasetStore store;
    private final long budgetBytes;
    private final Map<String, Opened> opened = new ConcurrentHashMap<>();
    private final AtomicLong uses = new AtomicLong();

    public DatasetLogs(DatasetStore store) {
        this(store, Runtime.getRuntime().maxMemory() / 3);
    }

    DatasetLogs(DatasetStore store, long budgetBytes) {
        this.store = store;
        this.budgetBytes = budgetBytes;
    }

    /** The dataset's events as they are now ({@code dataset} as just read from the store). */
    public EventLog log(String workspaceId, Dataset dataset) {
        String key = workspaceId + "/" + dataset.id();
        Opened current = opened.compute(
                key,
                (k, held) ->
                        held != null && held.batches() == dataset.batches() ? held : open(workspaceId, dataset, held));
        current.lastUsed().set(uses.incrementAndGet());
        keepWithinBudget(key);
        return current.log();
    }

    /** Whether the dataset's log is held now (for tests of the budget). */
    boolean holds(String workspaceId, String datasetId) {
        return opened.containsKey(workspaceId + "/" + datasetId);
    }

    /** Lets the least recently used logs go, never the one just asked for, until the rest fit the budget. */
    private void keepWithinBudget(String justUsed) {
        long held = opened.values().stream()
                .mapToLong(o -> o.log().estimatedBytes())
                .sum();
        if (held <= budgetBytes) {
            return;
        }
        List<Map.Entry<String, Opened>> oldestFirst = opened.entrySet().stream()
                .filter(e -> !e.getKey().equals(justUsed))
                .sorted(Comparator.comparingLong(e -> e.getValue().lastUsed().get()))
                .toList();
        for (Map.Entry<String, Opened> entry : oldestFirst) {
            if (held <= budgetBytes) {
                return;
            }
            if (opened.remove(entry.getKey(), entry.getValue())) {
                held -= entry.getValue().log().estimatedBytes();
            }
        }
    }

    /** Forgets what is held of a dataset (after it was deleted). */
    public void forget(String workspaceId, String datasetId) {
        opened.remove(workspaceId + "/" + datasetId);
    }

    private Opened open(String workspaceId, Dataset dataset, Opened held) {
        boolean grows = held != null && held.batches() < dataset.batches();
        List<EventLog> parts = new ArrayList<>();
        if (grows) {
            parts.add(held.log());
        }
        List<byte[]> added = store.columns(workspaceId, dataset.id(), grows ? held.batches() : 0);
        added.forEach(columns -> parts.add(EventColumnsCodec.decode(columns)));
        if (parts.isEmpty()) {
            throw new IllegalStateException("dataset " + dataset.id() + " has no stored batches");
        }
        return new Opened((grows ? held.batches() : 0) + added.size(), BatchMerge.merge(parts), new AtomicLong());
    }
}
