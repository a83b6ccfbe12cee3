package io.journeyboard.server.dataset;

import io.javalin.http.Context;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The event datasets of a workspace: create one from an upload, grow it by appending batches (the
 * ingest API, for scripts with an API token), read what it holds, delete it. A batch is read whole
 * before anything is stored; a retried batch with the same {@code Idempotency-Key} is answered from
 * what was stored the first time and counted once.
 */
public final class DatasetRoutes {

    private static final int MAX_KEY_LENGTH = 200;

    private final DatasetStore store;
    private final DatasetLogs logs;
    private final Access access;
    private final Bodies bodies;
    private final DatasetLoading loading;
    private final DatasetLimits limits;

    public DatasetRoutes(
            DatasetStore store,
            DatasetLogs logs,
            DatasetLoading loading,
            Access access,
            Bodies bodies,
            DatasetLimits limits) {
        this.store = store;
        this.logs = logs;
        this.loading = loading;
        this.access = access;
        this.bodies = bodies;
        this.limits = limits;
    }

    public void register(Routes routes) {
        routes.get("/workspaces/{ws}/datasets", this::list);
        routes.post("/workspaces/{ws}/datasets", this::create);
        routes.get("/workspaces/{ws}/datasets/{dataset}", this::show);
        routes.delete("/workspaces/{ws}/datasets/{dataset}", this::delete);
        routes.post("/workspaces/{ws}/datasets/{dataset}/events", this::append);
    }

    private void list(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        List<Map<String, Object>> views = new ArrayList<>(store.list(grant.workspaceId()).stream()
                .map(DatasetViews::brief)
                .toList());
        loading.loadingIn(grant.workspaceId())
                .forEach(on -> views.add(Map.of("id", on.id(), "name", on.name(), "loading", true)));
        ctx.json(views);
    }

    /**
     * {@code POST …/datasets?name=Loans&file=loans.xes.gz}: the body is the file, its extension says how to read it.
     */
    private void create(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw ApiException.invalid(List.of(new FieldError(
                    "name", "give the dataset a name of 1 to 200 characters, " + "e.g. name=Loan%20applications")));
        }
        UploadName file = UploadName.of(ctx.queryParam("file"));
        byte[] body = bodies.bytes(ctx);
        EventLog batch = readLimited(body, file.format(), file.gzip(), file.name(), ctx);
        Dataset created = store.create(
                grant.workspaceId(),
                name.strip(),
                grant.user().id(),
                DatasetStore.NewBatch.of(null, body, batch, file.name()),
                limits);
        ctx.status(201).header("Location", ctx.path() + "/" + created.id()).json(DatasetViews.brief(created));
    }

    private void show(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        Dataset dataset = live(grant, ctx.pathParam("dataset"));
        ctx.json(DatasetViews.detailed(
                dataset, logs.log(grant.workspaceId(), dataset), store.batches(grant.workspaceId(), dataset.id())));
    }

    private void delete(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        Dataset deleted = store.delete(
                grant.workspaceId(), ctx.pathParam("dataset"), grant.user().id());
        logs.forget(grant.workspaceId(), deleted.id());
        ctx.json(DatasetViews.brief(deleted));
    }

    /** {@code POST …/datasets/{d}/events}: CSV ({@code text/csv}) or JSON lines ({@code application/x-ndjson}). */
    private void append(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        String datasetId = ctx.pathParam("dataset");
        live(grant, datasetId);
        String key = idempotencyKey(ctx);
        Bodies.requireType(ctx, "text/csv", "application/x-ndjson", "application/jsonl", "application/json-lines");
        BatchReader.Format format = ctx.contentType().toLowerCase().startsWith("text/csv")
                ? BatchReader.Format.CSV
                : BatchReader.Format.JSON_LINES;
        byte[] body = bodies.bytes(ctx);
        EventLog batch = readLimited(body, format, false, "batch", ctx);
        DatasetStore.Appended appended = store.append(
                grant.workspaceId(),
                datasetId,
                grant.user().id(),
                DatasetStore.NewBatch.of(key, body, batch, key == null ? "batch" : "batch " + key),
                limits);
        Dataset now = store.find(grant.workspaceId(), datasetId).orElseThrow();
        ctx.status(appended.replayed() ? 200 : 201)
                .json(Map.of(
                        "dataset",
                        DatasetViews.brief(now),
                        "batch",
                        appended.seq(),
                        "events",
                        appended.events(),
                        "replayed",
                        appended.replayed()));
    }

    private EventLog readLimited(byte[] body, BatchReader.Format format, boolean gzip, String source, Context ctx) {
        EventLog batch = BatchReader.read(body, format, gzip, source, ColumnParameters.of(ctx));
        if (batch.eventCount() > limits.eventsPerBatch()) {
            throw new ApiException(
                    413,
                    "Batch too large",
                    "this batch holds " + batch.eventCount() + " events; a batch may " + "hold at most "
                            + limits.eventsPerBatch() + ". Split it and send the parts one after another",
                    Map.of("limitEvents", limits.eventsPerBatch()));
        }
        return batch;
    }

    private Dataset live(Access.Grant grant, String datasetId) {
        Dataset dataset = store.find(grant.workspaceId(), datasetId).orElseThrow(() -> DatasetIds.notFound(datasetId));
        if (dataset.deleted()) {
            throw new ApiException(
                    410,
                    "Dataset deleted",
                    "dataset '" + datasetId + "' was deleted at " + dataset.deletedAt()
                            + "; create a new one to store events again");
        }
        return dataset;
    }

    private static String idempotencyKey(Context ctx) {
        String key = ctx.header("Idempotency-Key");
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ApiException.invalid(List.of(new FieldError(
                    "Idempotency-Key",
                    "give a key of 1 to " + MAX_KEY_LENGTH
                            + " characters, new for each batch and the same when the batch is sent again")));
        }
        return key;
    }
}
