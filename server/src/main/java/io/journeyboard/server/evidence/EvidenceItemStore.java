package io.journeyboard.server.evidence;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * The feedback items behind evidence records, in the order they were given (representative quotes first).
 * Items are added once with their record and never rewritten.
 */
public final class EvidenceItemStore {

    private static final String MATCHES = " AND (LOWER(text) LIKE :q ESCAPE '!' OR LOWER(location) LIKE :q ESCAPE '!')";

    private final Jdbi jdbi;

    public EvidenceItemStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Adds {@code items} behind record {@code evidenceId}, which the same transaction has just added. */
    public void add(Handle handle, String workspaceId, String evidenceId, List<EvidenceItem> items) {
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO evidence_items (workspace_id, evidence_id, seq, item_id, location, text, recorded,
                    representative)
                VALUES (:ws, :evidence, :seq, :item, :location, :text, :recorded, :representative)""");
        for (int seq = 0; seq < items.size(); seq++) {
            EvidenceItem item = items.get(seq);
            batch.bind("ws", workspaceId)
                    .bind("evidence", evidenceId)
                    .bind("seq", seq)
                    .bind("item", item.itemId())
                    .bind("location", item.location())
                    .bind("text", item.text())
                    .bind("recorded", item.recorded())
                    .bind("representative", item.representative())
                    .add();
        }
        if (!items.isEmpty()) {
            batch.execute();
        }
    }

    /** One page of the items behind a record whose text or location contains {@code query} (all when null). */
    public Page page(String workspaceId, String evidenceId, String query, int offset, int limit) {
        String filter = query == null ? "" : MATCHES;
        return jdbi.withHandle(handle -> {
            int total = searched(
                            handle.createQuery("SELECT COUNT(*) FROM evidence_items WHERE workspace_id = :ws"
                                    + " AND evidence_id = :id" + filter),
                            query)
                    .bind("ws", workspaceId)
                    .bind("id", evidenceId)
                    .mapTo(Integer.class)
                    .one();
            String sql = "SELECT item_id, location, text, recorded, representative FROM evidence_items"
                    + " WHERE workspace_id = :ws AND evidence_id = :id" + filter
                    + " ORDER BY seq LIMIT :limit OFFSET :offset";
            List<EvidenceItem> items = searched(handle.createQuery(sql), query)
                    .bind("ws", workspaceId)
                    .bind("id", evidenceId)
                    .bind("limit", limit)
                    .bind("offset", offset)
                    .map((rs, ctx) -> new EvidenceItem(
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                    .list();
            return new Page(total, items);
        });
    }

    /** How many items each record of the workspace has behind it (records without items are absent). */
    public Map<String, Integer> counts(String workspaceId) {
        return countsWhere(workspaceId, null);
    }

    /** How many items behind each record contain {@code query} in their text or location. */
    public Map<String, Integer> matching(String workspaceId, String query) {
        return countsWhere(workspaceId, query);
    }

    private Map<String, Integer> countsWhere(String workspaceId, String query) {
        String filter = query == null ? "" : MATCHES;
        return jdbi.withHandle(handle -> {
            Map<String, Integer> counts = new HashMap<>();
            searched(
                            handle.createQuery("SELECT evidence_id, COUNT(*) FROM evidence_items"
                                    + " WHERE workspace_id = :ws" + filter + " GROUP BY evidence_id"),
                            query)
                    .bind("ws", workspaceId)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            return counts;
        });
    }

    private static Query searched(Query statement, String query) {
        return query == null ? statement : statement.bind("q", pattern(query));
    }

    /** A LIKE pattern that finds {@code query} anywhere, its own {@code %} and {@code _} taken literally. */
    static String pattern(String query) {
        String escaped = query.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }

    /** A page of items and how many there are in all. */
    public record Page(int total, List<EvidenceItem> items) {}
}
