package io.journeyboard.server.store.migration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Evidence moves from one JSON list per workspace into one row per record, so that a writer adds its
 * records without rewriting (and possibly losing) anyone else's. Each stored record keeps its JSON
 * text unchanged and its place in the list. Persona rows gain who changed them last and when.
 * Portable SQL only: the same migration runs on H2 and PostgreSQL.
 */
public final class V2__Evidence_as_rows extends BaseJavaMigration {

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE evidence (
                        workspace_id VARCHAR(40) NOT NULL REFERENCES workspaces (id),
                        evidence_id  VARCHAR(200) NOT NULL,
                        place        INT NOT NULL,
                        document     VARCHAR NOT NULL,
                        PRIMARY KEY (workspace_id, evidence_id)
                    )""");
        }
        copyEvidence(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE workspaces DROP COLUMN evidence");
            statement.execute("ALTER TABLE personas ADD COLUMN updated_by BIGINT REFERENCES users (id)");
            statement.execute("ALTER TABLE personas ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE");
            statement.execute("""
                    UPDATE personas SET updated_at = created_at,
                           updated_by = (SELECT w.created_by FROM workspaces w WHERE w.id = personas.workspace_id)""");
            statement.execute("ALTER TABLE personas ALTER COLUMN updated_by SET NOT NULL");
            statement.execute("ALTER TABLE personas ALTER COLUMN updated_at SET NOT NULL");
        }
    }

    private void copyEvidence(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet workspaces = select.executeQuery("SELECT id, evidence FROM workspaces");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO evidence (workspace_id, evidence_id, place, document) VALUES (?, ?, ?, ?)")) {
            while (workspaces.next()) {
                String workspaceId = workspaces.getString(1);
                JsonNode records = parse(workspaceId, workspaces.getString(2));
                Set<String> seen = new HashSet<>();
                int place = 0;
                for (JsonNode record : records) {
                    // ids were unique in a valid workspace; a duplicate kept the first record's meaning
                    if (seen.add(record.path("id").asText())) {
                        insert.setString(1, workspaceId);
                        insert.setString(2, record.path("id").asText());
                        insert.setInt(3, place++);
                        insert.setString(4, record.toString());
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private JsonNode parse(String workspaceId, String json) {
        try {
            JsonNode records = mapper.readTree(json);
            if (!records.isArray()) {
                throw new IllegalStateException("workspace " + workspaceId + ": its stored evidence is not a list");
            }
            return records;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "workspace " + workspaceId + ": its stored evidence cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
