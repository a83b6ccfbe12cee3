package io.journeyboard.server.dataset;

import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.server.http.ApiException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Datasets and their batches in the database. Every write holds the workspace row's lock, so the
 * limits are counted by one writer at a time, and runs in one transaction: a batch is stored whole
 * with its dataset's new size, or not at all. A batch is acknowledged only after its commit.
 */
public final class DatasetStore {

    private static final String SELECT = """
            SELECT dataset_id, name, event_count, batch_count, created_by, created_at, updated_at, deleted_by,
            deleted_at
            FROM datasets""";

    /** What became of a batch sent with an idempotency key: stored now, or found stored before. */
    public record Appended(int seq, int events, boolean replayed) {}

    /** A batch ready to store: its columns encoded, where it came from and the key it was sent with (or null). */
    public record NewBatch(String idempotencyKey, String bodySha256, int events, String source, byte[] columns) {

        /** The batch read from {@code body}, encoded for storing. */
        static NewBatch of(String key, byte[] body, EventLog batch, String source) {
            return new NewBatch(key, sha256(body), batch.eventCount(), source, EventColumnsCodec.encode(batch));
        }

        private static String sha256(byte[] body) {
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }

    private final Jdbi jdbi;

    public DatasetStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Dataset> list(String workspaceId) {
        return jdbi.withHandle(
                handle -> handle.createQuery(SELECT + " WHERE workspace_id = :ws AND deleted_at IS NULL ORDER BY name")
                        .bind("ws", workspaceId)
                        .map((rs, ctx) -> dataset(rs))
                        .list());
    }

    /** The dataset, deleted or not. */
    public Optional<Dataset> find(String workspaceId, String datasetId) {
        return jdbi.withHandle(handle -> find(handle, workspaceId, datasetId));
    }

    /** Creates a dataset holding {@code first} as its first batch; both or neither are stored. */
    public Dataset create(String workspaceId, String name, long userId, NewBatch first, DatasetLimits limits) {
        return jdbi.inTransaction(handle -> {
            lockWorkspace(handle, workspaceId);
            long live = handle.createQuery(
                            "SELECT COUNT(*) FROM datasets WHERE workspace_id = :ws AND deleted_at IS NULL")
                    .bind("ws", workspaceId)
                    .mapTo(Long.class)
                    .one();
            if (live >= limits.datasetsPerWorkspace()) {
                throw new ApiException(
                        422,
                        "Dataset limit reached",
                        "the workspace holds " + live + " datasets, its limit; "
                                + "delete one it no longer needs, or ask the operator to raise the limit");
            }
            boolean nameTaken = handle.createQuery("SELECT COUNT(*) FROM datasets WHERE workspace_id = :ws "
                                    + "AND deleted_at IS NULL AND LOWER(name) = :name")
                            .bind("ws", workspaceId)
                            .bind("name", name.toLowerCase(Locale.ROOT))
                            .mapTo(Long.class)
                            .one()
                    > 0;
            if (nameTaken) {
                throw ApiException.conflict("the workspace already has a dataset named '" + name
                        + "'; append to it, or choose another name");
            }
            checkWorkspaceEvents(handle, workspaceId, first.events(), limits);
            String id = freeId(handle, workspaceId, DatasetIds.fromName(name));
            Instant now = now();
            handle.createUpdate("""
                            INSERT INTO datasets (workspace_id, dataset_id, name, created_by, created_at, event_count,
                                batch_count, updated_at) VALUES (:ws, :id, :name, :user, :now, 0, 0, :now)""")
                    .bind("ws", workspaceId)
                    .bind("id", id)
                    .bind("name", name)
                    .bind("user", userId)
                    .bind("now", now)
                    .execute();
            insertBatch(handle, workspaceId, id, 1, first, userId, now);
            return find(handle, workspaceId, id).orElseThrow();
        });
    }

    /** Adds a batch; a key already used for the same body answers the stored batch, for another body 409. */
    public Appended append(String workspaceId, String datasetId, long userId, NewBatch batch, DatasetLimits limits) {
        return jdbi.inTransaction(handle -> {
            lockWorkspace(handle, workspaceId);
            Dataset dataset = find(handle, workspaceId, datasetId)
                    .filter(d -> !d.deleted())
                    .orElseThrow(() -> DatasetIds.notFound(datasetId));
            if (batch.idempotencyKey() != null) {
                Optional<Map<String, Object>> earlier = handle.createQuery("""
                                SELECT seq, body_sha256, event_count FROM dataset_batches
                                WHERE workspace_id = :ws AND dataset_id = :id AND idempotency_key = :key""")
                        .bind("ws", workspaceId)
                        .bind("id", datasetId)
                        .bind("key", batch.idempotencyKey())
                        .mapToMap()
                        .findOne();
                if (earlier.isPresent()) {
                    if (!batch.bodySha256().equals(earlier.get().get("body_sha256"))) {
                        throw ApiException.conflict("Idempotency-Key '" + batch.idempotencyKey()
                                + "' was used for another " + "batch of this dataset; send a new key for a new batch");
                    }
                    return new Appended(
                            ((Number) earlier.get().get("seq")).intValue(),
                            ((Number) earlier.get().get("event_count")).intValue(),
                            true);
                }
            }
            checkWorkspaceEvents(handle, workspaceId, batch.events(), limits);
            int seq = dataset.batches() + 1;
            insertBatch(handle, workspaceId, datasetId, seq, batch, userId, now());
            return new Appended(seq, batch.events(), false);
        });
    }

    /** The encoded columns of the batches after {@code afterSeq}, in the order they were accepted. */
    public List<byte[]> columns(String workspaceId, String datasetId, int afterSeq) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT columns_data FROM dataset_batches WHERE workspace_id = :ws AND dataset_id = :id AND
                        seq > :after
                        ORDER BY seq""")
                .bind("ws", workspaceId)
                .bind("id", datasetId)
                .bind("after", afterSeq)
                .map((rs, ctx) -> rs.getBytes(1))
                .list());
    }

    public List<StoredBatch> batches(String workspaceId, String datasetId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT seq, idempotency_key, body_sha256, event_count, source, added_by, added_at
                        FROM dataset_batches WHERE workspace_id = :ws AND dataset_id = :id ORDER BY seq""")
                .bind("ws", workspaceId)
                .bind("id", datasetId)
                .map((rs, ctx) -> new StoredBatch(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getTimestamp(7).toInstant()))
                .list());
    }

    /** Removes the events; the dataset's row stays with who deleted it and when. */
    public Dataset delete(String workspaceId, String datasetId, long userId) {
        return jdbi.inTransaction(handle -> {
            lockWorkspace(handle, workspaceId);
            find(handle, workspaceId, datasetId)
                    .filter(d -> !d.deleted())
                    .orElseThrow(() -> DatasetIds.notFound(datasetId));
            handle.createUpdate("DELETE FROM dataset_batches WHERE workspace_id = :ws AND dataset_id = :id")
                    .bind("ws", workspaceId)
                    .bind("id", datasetId)
                    .execute();
            handle.createUpdate("""
                            UPDATE datasets SET deleted_by = :user, deleted_at = :now, event_count = 0, batch_count = 0
                            WHERE workspace_id = :ws AND dataset_id = :id""")
                    .bind("user", userId)
                    .bind("now", now())
                    .bind("ws", workspaceId)
                    .bind("id", datasetId)
                    .execute();
            return find(handle, workspaceId, datasetId).orElseThrow();
        });
    }

    private static void insertBatch(
            Handle handle, String workspaceId, String datasetId, int seq, NewBatch batch, long userId, Instant now) {
        handle.createUpdate("""
                        INSERT INTO dataset_batches (workspace_id, dataset_id, seq, idempotency_key, body_sha256,
                        event_count,
                            source, columns_data, added_by, added_at)
                        VALUES (:ws, :id, :seq, :key, :sha, :events, :source, :columns, :user, :now)""")
                .bind("ws", workspaceId)
                .bind("id", datasetId)
                .bind("seq", seq)
                .bind("key", batch.idempotencyKey())
                .bind("sha", batch.bodySha256())
                .bind("events", batch.events())
                .bind("source", batch.source())
                .bind("columns", batch.columns())
                .bind("user", userId)
                .bind("now", now)
                .execute();
        handle.createUpdate("""
                        UPDATE datasets SET event_count = event_count + :events, batch_count = :seq, updated_at = :now
                        WHERE workspace_id = :ws AND dataset_id = :id""")
                .bind("events", batch.events())
                .bind("seq", seq)
                .bind("now", now)
                .bind("ws", workspaceId)
                .bind("id", datasetId)
                .execute();
    }

    private static void checkWorkspaceEvents(Handle handle, String workspaceId, long adding, DatasetLimits limits) {
        long held = handle.createQuery("SELECT COALESCE(SUM(event_count), 0) FROM datasets WHERE workspace_id = :ws")
                .bind("ws", workspaceId)
                .mapTo(Long.class)
                .one();
        if (held + adding > limits.eventsPerWorkspace()) {
            throw new ApiException(
                    422,
                    "Event limit reached",
                    "this batch of " + adding + " events would take the workspace to "
                            + (held + adding) + " events, over its limit of " + limits.eventsPerWorkspace()
                            + "; nothing was stored. Delete a dataset it no longer needs, or ask the operator to raise the limit");
        }
    }

    private static String freeId(Handle handle, String workspaceId, String wanted) {
        List<String> taken = handle.createQuery("SELECT dataset_id FROM datasets WHERE workspace_id = :ws")
                .bind("ws", workspaceId)
                .mapTo(String.class)
                .list();
        String id = wanted;
        for (int n = 2; taken.contains(id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    private static void lockWorkspace(Handle handle, String workspaceId) {
        handle.createQuery("SELECT id FROM workspaces WHERE id = :ws FOR UPDATE")
                .bind("ws", workspaceId)
                .mapTo(String.class)
                .one();
    }

    private static Optional<Dataset> find(Handle handle, String workspaceId, String datasetId) {
        return handle.createQuery(SELECT + " WHERE workspace_id = :ws AND dataset_id = :id")
                .bind("ws", workspaceId)
                .bind("id", datasetId)
                .map((rs, ctx) -> dataset(rs))
                .findOne();
    }

    private static Dataset dataset(ResultSet rs) throws SQLException {
        long deletedBy = rs.getLong(8);
        Long deleter = rs.wasNull() ? null : deletedBy;
        Timestamp deletedAt = rs.getTimestamp(9);
        return new Dataset(
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getInt(4),
                rs.getLong(5),
                rs.getTimestamp(6).toInstant(),
                rs.getTimestamp(7).toInstant(),
                deleter,
                deletedAt == null ? null : deletedAt.toInstant());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
