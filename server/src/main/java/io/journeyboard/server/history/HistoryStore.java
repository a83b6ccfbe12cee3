package io.journeyboard.server.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.server.http.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Reads the versions of journeys; they are written by the journey store with every change. */
public final class HistoryStore {

    /** A version with its full document. */
    public record VersionDocument(JourneyVersion version, Journey journey) {}

    private final Jdbi jdbi;
    private final ObjectMapper mapper;

    public HistoryStore(Jdbi jdbi, ObjectMapper mapper) {
        this.jdbi = jdbi;
        this.mapper = mapper;
    }

    /** Newest first. */
    public List<JourneyVersion> list(String workspaceId, String journeyId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT v.version, v.deleted, v.summary, v.name, v.author_id, u.name, v.created_at
                        FROM journey_versions v JOIN users u ON u.id = v.author_id
                        WHERE v.workspace_id = :ws AND v.journey_id = :id ORDER BY v.version DESC""")
                .bind("ws", workspaceId)
                .bind("id", journeyId)
                .map((rs, ctx) -> version(rs))
                .list());
    }

    public Optional<VersionDocument> find(String workspaceId, String journeyId, int version) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT v.version, v.deleted, v.summary, v.name, v.author_id, u.name, v.created_at, v.document
                        FROM journey_versions v JOIN users u ON u.id = v.author_id
                        WHERE v.workspace_id = :ws AND v.journey_id = :id AND v.version = :version""")
                .bind("ws", workspaceId)
                .bind("id", journeyId)
                .bind("version", version)
                .map((rs, ctx) ->
                        new VersionDocument(version(rs), Json.readStored(mapper, rs.getString(8), Journey.class)))
                .findOne());
    }

    /** Names a version (null takes the name away); false when the journey has no such version. */
    public boolean rename(String workspaceId, String journeyId, int version, String name) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE journey_versions SET name = :name
                        WHERE workspace_id = :ws AND journey_id = :id AND version = :version""")
                        .bind("ws", workspaceId)
                        .bind("id", journeyId)
                        .bind("version", version)
                        .bind("name", name)
                        .execute())
                == 1;
    }

    private static JourneyVersion version(ResultSet rs) throws SQLException {
        return new JourneyVersion(
                rs.getInt(1),
                rs.getBoolean(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getTimestamp(7).toInstant());
    }
}
