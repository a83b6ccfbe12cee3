package io.journeyboard.server.dataset;

import io.journeyboard.analytics.log.EventLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The events of a dataset as one {@link EventLog}, reopened from the stored columns (no text is parsed)
 * and kept in memory while the dataset has the same batches: the log held for {@code n} batches is
 * reused, and grown by the batches added after it, so a view after an append costs only the new batch.
 */
public final class DatasetLogs {

    private record Opened(int batches, EventLog log) {}

    private final DatasetStore store;
    private final Map<String, Opened> opened = new ConcurrentHashMap<>();

    public DatasetLogs(DatasetStore store) {
        this.store = store;
    }

    /** The dataset's events as they are now ({@code dataset} as just read from the store). */
    public EventLog log(String workspaceId, Dataset dataset) {
        String key = workspaceId + "/" + dataset.id();
        Opened current = opened.compute(
                key,
                (k, held) ->
                        held != null && held.batches() == dataset.batches() ? held : open(workspaceId, dataset, held));
        return current.log();
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
        return new Opened((grows ? held.batches() : 0) + added.size(), BatchMerge.merge(parts));
    }
}
