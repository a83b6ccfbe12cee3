package io.journeyboard.server.dataset;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Datasets being loaded in the background (the demo's, on a first start), so that the list shows them
 * and a lane can say "loading" until they are stored.
 */
public final class DatasetLoading {

    /** A dataset on its way: its id and name. */
    public record Loading(String id, String name) {}

    private final Map<String, Map<String, Loading>> byWorkspace = new ConcurrentHashMap<>();

    public void started(String workspaceId, String datasetId, String name) {
        byWorkspace
                .computeIfAbsent(workspaceId, ws -> new ConcurrentHashMap<>())
                .put(datasetId, new Loading(datasetId, name));
    }

    public void finished(String workspaceId, String datasetId) {
        byWorkspace.getOrDefault(workspaceId, Map.of()).remove(datasetId);
    }

    public boolean isLoading(String workspaceId, String datasetId) {
        return byWorkspace.getOrDefault(workspaceId, Map.of()).containsKey(datasetId);
    }

    public List<Loading> loadingIn(String workspaceId) {
        return List.copyOf(byWorkspace.getOrDefault(workspaceId, Map.of()).values());
    }
}
