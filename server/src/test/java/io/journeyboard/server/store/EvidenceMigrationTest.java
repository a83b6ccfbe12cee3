package io.journeyboard.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.server.ServerConfig;
import io.journeyboard.server.account.Passwords;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;

/**
 * Evidence that schema version 1 kept as one JSON list per workspace, opened by this version: rows, in order,
 * citable.
 */
class EvidenceMigrationTest {

    private static final String EMAIL = "old@example.com";
    private static final String EVIDENCE = """
            [{"id":"ev-quote","kind":"interview","source":"Interviews, March","summary":"\\"I gave up at the form\\""},
             {"id":"ev-figure","kind":"analytics","source":"Dashboard","summary":"38 % leave at step 2",
              "recorded":"2026-03-14"}]""";

    @BothDatabases
    void evidenceStoredAsOneListBecomesRowsInItsOrderAndStaysCitable(Backend backend) {
        try (Database old = database(backend.config())) {
            old.migrateTo("1");
            old.jdbi().useTransaction(EvidenceMigrationTest::writeFirstSchemaWorkspace);
        }

        TestServer server = backend.start();
        Caller owner = server.signIn(EMAIL, TestServer.PASSWORD);
        Reply evidence = owner.get("/api/v1/workspaces/ws-old/evidence");
        Reply journey = owner.post(
                "/api/v1/workspaces/ws-old/journeys",
                Fixtures.journey("j1")
                        .replace(
                                "\"text\":\"Reads pricing\"",
                                "\"text\":\"Reads pricing\",\"evidenceIds\":[\"ev-figure\"]"));
        Reply citesUnknown = owner.post(
                "/api/v1/workspaces/ws-old/journeys",
                Fixtures.journey("j2")
                        .replace(
                                "\"text\":\"Reads pricing\"",
                                "\"text\":\"Reads pricing\",\"evidenceIds\":[\"ev-nowhere\"]"));
        Reply personaEdited =
                owner.put("/api/v1/workspaces/ws-old/personas/p1", Fixtures.PERSONA.replace("Ada", "Ada L."));

        assertThat(evidence.status()).as(evidence.toString()).isEqualTo(200);
        JsonNode records = evidence.json();
        assertThat(records.findValuesAsText("id")).containsExactly("ev-quote", "ev-figure");
        assertThat(records.get(0).get("summary").asText()).isEqualTo("\"I gave up at the form\"");
        assertThat(records.get(1).get("recorded").asText()).isEqualTo("2026-03-14");
        assertThat(journey.status()).as(journey.toString()).isEqualTo(201);
        assertThat(citesUnknown.status()).as(citesUnknown.toString()).isEqualTo(400);
        assertThat(personaEdited.status()).as(personaEdited.toString()).isEqualTo(200);
    }

    /** What version 1 stored: a user, a workspace with its evidence as one JSON list, a persona. */
    private static void writeFirstSchemaWorkspace(Handle handle) {
        OffsetDateTime then = OffsetDateTime.of(2026, 11, 20, 9, 30, 0, 0, ZoneOffset.UTC);
        long user = handle.createUpdate("INSERT INTO users (email, name, password_hash, created_at) "
                        + "VALUES (:email, 'Old', :hash, :then)")
                .bind("email", EMAIL)
                .bind("hash", new Passwords(4).hash(TestServer.PASSWORD))
                .bind("then", then)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        handle.createUpdate("INSERT INTO workspaces (id, name, description, evidence, created_by, created_at) "
                        + "VALUES ('ws-old', 'Old space', NULL, :evidence, :user, :then)")
                .bind("evidence", EVIDENCE)
                .bind("user", user)
                .bind("then", then)
                .execute();
        handle.createUpdate("INSERT INTO members (workspace_id, user_id, role) VALUES ('ws-old', :user, 'OWNER')")
                .bind("user", user)
                .execute();
        handle.createUpdate("INSERT INTO personas (workspace_id, persona_id, document, created_at) "
                        + "VALUES ('ws-old', 'p1', :doc, :then)")
                .bind("doc", Fixtures.PERSONA)
                .bind("then", then)
                .execute();
    }

    private static Database database(ServerConfig config) {
        return config.dbUrl() == null ? Database.embedded(config.dataDir()) : Database.at(config.dbUrl());
    }
}
