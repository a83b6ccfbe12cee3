package io.journeyboard.server.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.model.evidence.Evidence;
import io.journeyboard.server.http.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The changes made to each evidence record through the library, oldest first: who added, edited or deleted it
 * and when, and for an edit each field before and after. Entries are only ever added, and outlive a deleted
 * record, so the history of an id also says who deleted it.
 */
public final class EvidenceHistory {

    public static final String ADDED = "added";
    public static final String EDITED = "edited";
    public static final String DELETED = "deleted";

    /** One field of a record as it was and as it became; null for a field left empty. */
    public record FieldChange(String field, String before, String after) {}

    /** One change, with the sentence a reader sees ({@link ChangeSentence}). */
    public record Entry(
            String action, String changedBy, Instant changedAt, List<FieldChange> fields, String sentence) {}

    private final Jdbi jdbi;
    private final ObjectMapper mapper;

    public EvidenceHistory(Jdbi jdbi, ObjectMapper mapper) {
        this.jdbi = jdbi;
        this.mapper = mapper;
    }

    /** The fields that differ between two versions of a record, in the order a form shows them. */
    public static List<FieldChange> between(Evidence before, Evidence after) {
        List<FieldChange> changes = new ArrayList<>();
        compare("kind", kind(before), kind(after), changes);
        compare("summary", before.summary(), after.summary(), changes);
        compare("source", before.source(), after.source(), changes);
        compare("recorded", before.recorded(), after.recorded(), changes);
        compare("url", before.url(), after.url(), changes);
        return changes;
    }

    private static String kind(Evidence e) {
        return e.kind() == null ? null : e.kind().name().toLowerCase(Locale.ROOT);
    }

    private static void compare(String field, String before, String after, List<FieldChange> changes) {
        String was = blankAsNull(before);
        String is = blankAsNull(after);
        if (!Objects.equals(was, is)) {
            changes.add(new FieldChange(field, was, is));
        }
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Adds an entry in the caller's transaction, which holds the workspace's evidence lock. */
    void record(
            Handle handle,
            String workspaceId,
            String evidenceId,
            long userId,
            String action,
            List<FieldChange> fields) {
        int seq = handle.createQuery("""
                        SELECT COALESCE(MAX(seq), 0) + 1 FROM evidence_changes
                        WHERE workspace_id = :ws AND evidence_id = :id""")
                .bind("ws", workspaceId)
                .bind("id", evidenceId)
                .mapTo(Integer.class)
                .one();
        handle.createUpdate("""
                        INSERT INTO evidence_changes (workspace_id, evidence_id, seq, changed_by, changed_at, action,
                            fields)
                        VALUES (:ws, :id, :seq, :user, :now, :action, :fields)""")
                .bind("ws", workspaceId)
                .bind("id", evidenceId)
                .bind("seq", seq)
                .bind("user", userId)
                .bind("now", Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .bind("action", action)
                .bind("fields", Json.write(mapper, fields))
                .execute();
    }

    /** Every entry of a record, oldest first; empty when the library never changed it. */
    public List<Entry> of(String workspaceId, String evidenceId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT c.action, u.name, c.changed_at, c.fields FROM evidence_changes c
                        JOIN users u ON u.id = c.changed_by
                        WHERE c.workspace_id = :ws AND c.evidence_id = :id ORDER BY c.seq""")
                .bind("ws", workspaceId)
                .bind("id", evidenceId)
                .map((rs, ctx) -> {
                    List<FieldChange> fields = List.of(Json.readStored(mapper, rs.getString(4), FieldChange[].class));
                    String action = rs.getString(1);
                    String by = rs.getString(2);
                    Instant at = rs.getTimestamp(3).toInstant();
                    return new Entry(action, by, at, fields, ChangeSentence.of(action, by, at, fields));
                })
                .list());
    }
}
