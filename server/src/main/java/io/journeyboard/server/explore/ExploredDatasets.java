package io.journeyboard.server.explore;

import io.journeyboard.server.dataset.Dataset;
import io.journeyboard.server.dataset.DatasetLoading;
import io.journeyboard.server.dataset.DatasetLogs;
import io.journeyboard.server.dataset.DatasetStore;
import io.journeyboard.server.http.ApiException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stored datasets of a workspace as explored logs, at a stable address (the dataset's id). Each
 * question first reads the dataset's row (one small query): while it has the same batches, the log held
 * for it answers, with its cached results; after an append (or a delete and re-create) the dataset's
 * log as it is now ({@link DatasetLogs}, which decodes only the new batches) replaces it, and the old
 * log leaves {@link ExploredLogs} with every result cached on it. So results are cached until the data changes.
 */
public final class ExploredDatasets {

    /** Which explored log holds which state of a dataset. */
    private record Held(String logId, int batches, Instant updatedAt) {

        boolean holds(Dataset dataset) {
            return batches == dataset.batches() && updatedAt.equals(dataset.updatedAt());
        }
    }

    private final DatasetStore store;
    private final DatasetLogs datasetLogs;
    private final DatasetLoading loading;
    private final ExploredLogs logs;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    public ExploredDatasets(DatasetStore store, DatasetLogs datasetLogs, DatasetLoading loading, ExploredLogs logs) {
        this.store = store;
        this.datasetLogs = datasetLogs;
        this.loading = loading;
        this.logs = logs;
    }

    /** The explored log of the dataset as it is now: 404 without such a live dataset, 409 while it is loading. */
    public ExploredLog current(String workspaceId, String datasetId) {
        if (loading.isLoading(workspaceId, datasetId)) {
            throw new ApiException(
                    409,
                    "Dataset still loading",
                    "the dataset '" + datasetId + "' is being stored; ask again in a few seconds");
        }
        String key = workspaceId + "/" + datasetId;
        Dataset dataset =
                store.find(workspaceId, datasetId).filter(d -> !d.deleted()).orElse(null);
        if (dataset == null) {
            // a deleted dataset's events leave memory with it
            Held gone = held.remove(key);
            if (gone != null) {
                logs.discard(workspaceId, gone.logId());
            }
            throw ApiException.notFound(
                    "the workspace has no dataset '" + datasetId + "'; GET …/datasets lists the ones it has");
        }
        Held now = held.compute(key, (k, before) -> {
            if (before != null && before.holds(dataset) && logs.find(workspaceId, before.logId()) != null) {
                return before;
            }
            if (before != null) {
                // The old version goes first, so that it never takes the room of the new one.
                logs.discard(workspaceId, before.logId());
            }
            ExploredLog added =
                    logs.add(workspaceId, dataset.name(), dataset.batches(), datasetLogs.log(workspaceId, dataset));
            return new Held(added.id(), dataset.batches(), dataset.updatedAt());
        });
        return logs.get(workspaceId, now.logId());
    }
}
