package io.journeyboard.server.measure;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Datasets being loaded in the background (the demo's, on a first start), so a lane can say "loading" meanwhile. */
public final class DatasetLoading {

    private final Set<String> loading = ConcurrentHashMap.newKeySet();

    public void started(String workspaceId, String datasetId) {
        loading.add(workspaceId + "/" + datasetId);
    }

    public void finished(String workspaceId, String datasetId) {
        loading.remove(workspaceId + "/" + datasetId);
    }

    public boolean isLoading(String workspaceId, String datasetId) {
        return loading.contains(workspaceId + "/" + datasetId);
    }
}
