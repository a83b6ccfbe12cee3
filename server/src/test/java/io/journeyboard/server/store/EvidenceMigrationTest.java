package io.journeyboard.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.server.account.Passwords;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;

/** A database written by the first schema, with evidence as one JSON list per workspace, opened by this version. */
class EvidenceMigrationTest {

    private static final String EMAIL = "old@example.com";
    private static final String EVIDENCE = """
            [{"id":"ev-quote","kind":"interview","source":"Interviews, March","summary":"\\"I gave up at the form\\""},
             {"id":"ev-figure","kind":"analytics","source":"Dashboard","summary":"38 % leave at step 2",
              "recorded":"2026-03-14"}]""";

    @BothDatabases
    void evidenceStoredAsOneListBecomesRowsInItsOrderAndStaysCitable(Backend backend) throws SQLException {
        Flyway.configure().dataSource(backend.jdbcUrl(), null, null)
                .locations("classpath:io/journeyboard/server/store/migration").target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection(backend.jdbcUrl())) {
            insertFirstSchemaWorkspace(connection);
        }

        TestServer server = backend.start();
        Caller owner = server.signIn(EMAIL, TestServer.PASSWORD);
        Reply evidence = owner.get("/api/v1/workspaces/ws-old/evidence");
        Reply personas = owner.get("/api/v1/workspaces/ws-old/personas");
        Reply journey = owner.post("/api/v1/workspaces/ws-old/journeys", Fixtures.journey("j1").replace(
                "\"text\":\"Reads pricing\"", "\"text\":\"Reads pricing\",\"evidenceIds\":[\"ev-figure\"]"));
        Reply citesUnknown = owner.post("/api/v1/workspaces/ws-old/journeys", Fixtures.journey("j2").replace(
                "\"text\":\"Reads pricing\"", "\"text\":\"Reads pricing\",\"evidenceIds\":[\"ev-nowhere\"]"));

        assertThat(evidence.status()).as(evidence.toString()).isEqualTo(200);
        JsonNode records = evidence.json();
        assertThat(records.findValuesAsText("id")).containsExactly("ev-quote", "ev-figure");
        assertThat(records.get(0).get("summary").asText()).isEqualTo("\"I gave up at the form\"");
        assertThat(records.get(1).get("recorded").asText()).isEqualTo("2026-03-14");
        assertThat(personas.json().findValuesAsText("id")).containsExactly("p1");
        assertThat(journey.status()).as(journey.toString()).isEqualTo(201);
        assertThat(citesUnknown.status()).as(citesUnknown.toString()).isEqualTo(400);
    }

    /** What version 1 stored: a user, a workspace with its evidence as JSON, a persona. */
    private static void insertFirstSchemaWorkspace(Connection connection) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement user = connection.prepareStatement(
                "INSERT INTO users (email, name, password_hash, created_at) VALUES (?, 'Old', ?, ?)")) {
            user.setString(1, EMAIL);
            user.setString(2, new Passwords(4).hash(TestServer.PASSWORD));
            user.setTimestamp(3, now);
            user.execute();
        }
        long userId;
        try (Statement statement = connection.createStatement();
             ResultSet query = statement.executeQuery("SELECT id FROM users")) {
            query.next();
            userId = query.getLong(1);
        }
        try (PreparedStatement workspace = connection.prepareStatement("""
                INSERT INTO workspaces (id, name, description, evidence, created_by, created_at)
                VALUES ('ws-old', 'Old space', NULL, ?, ?, ?)""")) {
            workspace.setString(1, EVIDENCE);
            workspace.setLong(2, userId);
            workspace.setTimestamp(3, now);
            workspace.execute();
        }
        try (PreparedStatement member = connection.prepareStatement(
                "INSERT INTO members (workspace_id, user_id, role) VALUES ('ws-old', ?, 'OWNER')")) {
            member.setLong(1, userId);
            member.execute();
        }
        try (PreparedStatement persona = connection.prepareStatement("""
                INSERT INTO personas (workspace_id, persona_id, document, created_at)
                VALUES ('ws-old', 'p1', ?, ?)""")) {
            persona.setString(1, Fixtures.PERSONA);
            persona.setTimestamp(2, now);
            persona.execute();
        }
    }
}
