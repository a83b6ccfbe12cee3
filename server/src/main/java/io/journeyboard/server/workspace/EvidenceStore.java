package io.journeyboard.server.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.model.evidence.Evidence;
import io.journeyboard.server.http.Json;
import io.journeyboard.server.store.ParsedDocuments;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The evidence of each workspace, one row per record in the order it was added. Writers that add records
 * (imports, accepted suggestions) only ever add, so they cannot lose another's records; the library's
 * editors rewrite or delete one record at a time ({@link #replace}, {@link #delete}).
 */
public final class EvidenceStore {

    private final Jdbi jdbi;
    private final ObjectMapper mapper;
    private final ParsedDocuments<Evidence> parsed;

    public EvidenceStore(Jdbi jdbi, ObjectMapper mapper) {
        this.jdbi = jdbi;
        this.mapper = mapper;
        this.parsed = new ParsedDocuments<>(mapper, Evidence.class, 1024);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public List<Evidence> list(Handle handle, String workspaceId) {
        return handle.createQuery("SELECT document FROM evidence WHERE workspace_id = :ws ORDER BY place")
                .bind("ws", workspaceId)
                .mapTo(String.class)
                .map(parsed::read)
                .list();
    }

    public List<Evidence> list(String workspaceId) {
        return jdbi.withHandle(handle -> list(handle, workspaceId));
    }

    /**
     * Holds the workspace's evidence for this transaction's writer until it ends. New ids are chosen
     * against the records there are (an accepted suggestion's {@code ev-insight-pain-t1}, then
     * {@code -2}), so two writers must not choose at once: lock first, then read, choose and add.
     */
    public void lock(Handle handle, String workspaceId) {
        handle.createQuery("SELECT id FROM workspaces WHERE id = :ws FOR UPDATE")
                .bind("ws", workspaceId)
                .mapTo(String.class)
                .one();
    }

    /** Adds the records whose ids the workspace has not got yet (locking it first); answers those added. */
    public List<Evidence> addMissing(Handle handle, String workspaceId, List<Evidence> records) {
        lock(handle, workspaceId);
        Set<String> ids = new HashSet<>(handle.createQuery("SELECT evidence_id FROM evidence WHERE workspace_id = :ws")
                .bind("ws", workspaceId)
                .mapTo(String.class)
                .list());
        int place = handle.createQuery("SELECT COALESCE(MAX(place), -1) + 1 FROM evidence WHERE workspace_id = :ws")
                .bind("ws", workspaceId)
                .mapTo(Integer.class)
                .one();
        List<Evidence> added = records.stream().filter(e -> ids.add(e.id())).toList();
        for (Evidence record : added) {
            handle.createUpdate("""
                            INSERT INTO evidence (workspace_id, evidence_id, place, document)
                            VALUES (:ws, :id, :place, :document)""")
                    .bind("ws", workspaceId)
                    .bind("id", record.id())
                    .bind("place", place++)
                    .bind("document", Json.write(mapper, record))
                    .execute();
        }
        return added;
    }

    /** The record with this id, when the workspace has it. */
    public Optional<Evidence> find(String workspaceId, String evidenceId) {
        return jdbi.withHandle(handle -> find(handle, workspaceId, evidenceId));
    }

    public Optional<Evidence> find(Handle handle, String workspaceId, String evidenceId) {
        return handle.createQuery("SELECT document FROM evidence WHERE workspace_id = :ws AND evidence_id = :id")
                .bind("ws", workspaceId)
                .bind("id", evidenceId)
                .mapTo(String.class)
                .findOne()
                .map(json -> Json.readStored(mapper, json, Evidence.class));
    }

    /** Rewrites an existing record (same id, same place in the list); answers false when there is none. */
    public boolean replace(Handle handle, String workspaceId, Evidence record, long userId) {
        return handle.createUpdate("""
                                UPDATE evidence SET document = :document, updated_by = :user, updated_at = :now
                                WHERE workspace_id = :ws AND evidence_id = :id""")
                        .bind("document", Json.write(mapper, record))
                        .bind("user", userId)
                        .bind("now", Instant.now().truncatedTo(ChronoUnit.MILLIS))
                        .bind("ws", workspaceId)
                        .bind("id", record.id())
                        .execute()
                > 0;
    }

    /**
     * Removes a record and the feedback items behind it. The caller has made sure that nothing cites it: cards
     * and personas must never cite a missing record.
     */
    public void delete(Handle handle, String workspaceId, String evidenceId) {
        for (String table : new String[] {"evidence_items", "evidence"}) {
            handle.createUpdate("DELETE FROM " + table + " WHERE workspace_id = :ws AND evidence_id = :id")
                    .bind("ws", workspaceId)
                    .bind("id", evidenceId)
                    .execute();
        }
    }
}
