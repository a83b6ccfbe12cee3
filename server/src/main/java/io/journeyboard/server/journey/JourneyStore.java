package io.journeyboard.server.journey;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.server.http.Json;
import io.journeyboard.server.store.ParsedDocuments;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Journeys as whole documents with a version each. Every write adds a row to
 * {@code journey_versions}; nothing is ever overwritten without its previous state being kept.
 */
public final class JourneyStore {

    private final Jdbi jdbi;
    private final ObjectMapper mapper;
    private final ParsedDocuments<Journey> parsed;

    public JourneyStore(Jdbi jdbi, ObjectMapper mapper) {
        this.jdbi = jdbi;
        this.mapper = mapper;
        this.parsed = new ParsedDocuments<>(mapper, Journey.class, 64);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The journey, deleted or not; callers decide what a deleted journey means to them. */
    public Optional<StoredJourney> find(Handle handle, String workspaceId, String journeyId) {
        return handle.createQuery("""
                        SELECT version, deleted, document, updated_at, updated_by FROM journeys
                        WHERE workspace_id = :ws AND journey_id = :id""")
                .bind("ws", workspaceId)
                .bind("id", journeyId)
                .map((rs, ctx) -> new StoredJourney(
                        workspaceId,
                        parsed.read(rs.getString(3)),
                        rs.getInt(1),
                        rs.getBoolean(2),
                        rs.getTimestamp(4).toInstant(),
                        rs.getLong(5)))
                .findOne();
    }

    /** A journey's current version and its document as the JSON text stored, which is the API's JSON of it. */
    public record Document(int version, boolean deleted, String json) {}

    /**
     * The stored document without reading it into the model: a read answers the text as it was written
     * (by {@link Json#write}, the mapper the API answers with), which saves parsing and writing it again.
     */
    public Optional<Document> findDocument(String workspaceId, String journeyId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT version, deleted, document FROM journeys WHERE workspace_id = :ws AND journey_id =
                        :id""")
                .bind("ws", workspaceId)
                .bind("id", journeyId)
                .map((rs, ctx) -> new Document(rs.getInt(1), rs.getBoolean(2), rs.getString(3)))
                .findOne());
    }

    public Optional<StoredJourney> find(String workspaceId, String journeyId) {
        return jdbi.withHandle(handle -> find(handle, workspaceId, journeyId));
    }

    public List<JourneySummary> list(String workspaceId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT j.journey_id, j.name, j.version, j.updated_at,
                        u.name FROM journeys j JOIN users u ON u.id = j.updated_by
                        WHERE j.workspace_id = :ws AND NOT j.deleted ORDER BY j.name, j.journey_id""")
                .bind("ws", workspaceId)
                .map((rs, ctx) -> new JourneySummary(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .list());
    }

    /** Ids of all journeys in the workspace that are not deleted. */
    public List<String> liveIds(Handle handle, String workspaceId) {
        return handle.createQuery("SELECT journey_id FROM journeys WHERE workspace_id = :ws AND NOT deleted")
                .bind("ws", workspaceId)
                .mapTo(String.class)
                .list();
    }

    /** Ids of all journeys ever stored in the workspace, deleted ones included. */
    public List<String> allIds(Handle handle, String workspaceId) {
        return handle.createQuery("SELECT journey_id FROM journeys WHERE workspace_id = :ws")
                .bind("ws", workspaceId)
                .mapTo(String.class)
                .list();
    }

    /** Documents of the journeys that are not deleted. */
    public List<Journey> liveJourneys(Handle handle, String workspaceId) {
        return handle.createQuery(
                        "SELECT document FROM journeys WHERE workspace_id = :ws AND NOT deleted ORDER BY journey_id")
                .bind("ws", workspaceId)
                .mapTo(String.class)
                .map(json -> Json.readStored(mapper, json, Journey.class))
                .list();
    }

    /** Stores a new journey as version 1. */
    public StoredJourney insert(Handle handle, String workspaceId, Journey journey, long userId, String summary) {
        Instant now = now();
        String document = Json.write(mapper, journey);
        handle.createUpdate("""
                        INSERT INTO journeys (workspace_id, journey_id, name, version, deleted, document, updated_by,
                        updated_at)
                        VALUES (:ws, :id, :name, 1, FALSE, :document, :user, :now)""")
                .bind("ws", workspaceId)
                .bind("id", journey.id())
                .bind("name", journey.name())
                .bind("document", document)
                .bind("user", userId)
                .bind("now", now)
                .execute();
        StoredJourney stored = new StoredJourney(workspaceId, journey, 1, false, now, userId);
        addVersion(handle, stored, document, summary);
        return stored;
    }

    /**
     * Stores {@code journey} as the version after {@code expectedVersion}, only if that is still the
     * current one; empty when another writer got there first.
     */
    public Optional<StoredJourney> update(
            Handle handle,
            String workspaceId,
            Journey journey,
            int expectedVersion,
            boolean deleted,
            long userId,
            String summary) {
        Instant now = now();
        String document = Json.write(mapper, journey);
        int updated = handle.createUpdate("""
                        UPDATE journeys SET name = :name, version = :next, deleted = :deleted, document = :document,
                               updated_by = :user, updated_at = :now
                        WHERE workspace_id = :ws AND journey_id = :id AND version = :expected""")
                .bind("ws", workspaceId)
                .bind("id", journey.id())
                .bind("name", journey.name())
                .bind("next", expectedVersion + 1)
                .bind("deleted", deleted)
                .bind("document", document)
                .bind("user", userId)
                .bind("now", now)
                .bind("expected", expectedVersion)
                .execute();
        if (updated == 0) {
            return Optional.empty();
        }
        StoredJourney stored = new StoredJourney(workspaceId, journey, expectedVersion + 1, deleted, now, userId);
        addVersion(handle, stored, document, summary);
        parsed.remember(document, journey);
        return Optional.of(stored);
    }

    /** The history row of {@code stored}; {@code document} is its JSON, written once for both rows. */
    private void addVersion(Handle handle, StoredJourney stored, String document, String summary) {
        handle.createUpdate("""
                        INSERT INTO journey_versions (workspace_id, journey_id, version, deleted, document, summary,
                        author_id, created_at)
                        VALUES (:ws, :id, :version, :deleted, :document, :summary, :user, :now)""")
                .bind("ws", stored.workspaceId())
                .bind("id", stored.journey().id())
                .bind("version", stored.version())
                .bind("deleted", stored.deleted())
                .bind("document", document)
                .bind("summary", summary.length() > 2000 ? summary.substring(0, 1997) + "..." : summary)
                .bind("user", stored.updatedBy())
                .bind("now", stored.updatedAt())
                .execute();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
