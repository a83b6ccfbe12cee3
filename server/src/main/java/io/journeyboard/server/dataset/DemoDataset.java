package io.journeyboard.server.dataset;

import io.journeyboard.analytics.log.EventLog;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo workspace's event dataset: the BPI Challenge 2012 loan log shipped in the jar, stored as a
 * dataset in the background so that a first start stays fast; until it is stored, the dataset list
 * shows it as loading and the lane answers "loading". The bank-loan template's steps are bound to its
 * activities, so the demo opens as a living map.
 */
public final class DemoDataset implements AutoCloseable {

    public static final String ID = "bpi-challenge-2012";
    public static final String NAME = "BPI Challenge 2012";
    private static final String RESOURCE = "/io/journeyboard/server/demo/bpic2012.xes.gz";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataset.class);

    private final DatasetStore store;
    private final DatasetLoading loading;
    private final DatasetLimits limits;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "demo-dataset");
        thread.setDaemon(true);
        return thread;
    });

    public DemoDataset(DatasetStore store, DatasetLoading loading, DatasetLimits limits) {
        this.store = store;
        this.loading = loading;
        this.limits = limits;
    }

    /** Marks the dataset as loading now and stores it on a background thread. */
    public void seedInBackground(String workspaceId, long userId) {
        if (DemoDataset.class.getResource(RESOURCE) == null) {
            LOG.warn("event=demo-dataset-missing resource={}", RESOURCE);
            return;
        }
        loading.started(workspaceId, ID, NAME);
        worker.submit(() -> {
            long began = System.nanoTime();
            try (InputStream in = DemoDataset.class.getResourceAsStream(RESOURCE)) {
                byte[] body = in.readAllBytes();
                EventLog log = BatchReader.read(body, BatchReader.Format.XES, true, "bpic2012.xes.gz", Map.of());
                DatasetStore.NewBatch batch = DatasetStore.NewBatch.of(null, body, log, "bpic2012.xes.gz");
                store.create(workspaceId, NAME, userId, batch, limits);
                LOG.info(
                        "event=demo-dataset-stored events={} stored_bytes={} ms={}",
                        log.eventCount(),
                        batch.columns().length,
                        (System.nanoTime() - began) / 1_000_000);
            } catch (IOException | RuntimeException e) {
                LOG.warn("event=demo-dataset-failed reason=\"{}\"", e.getMessage());
            } finally {
                loading.finished(workspaceId, ID);
            }
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
