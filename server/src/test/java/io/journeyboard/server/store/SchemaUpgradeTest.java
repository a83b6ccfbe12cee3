package io.journeyboard.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.server.ServerConfig;
import io.journeyboard.server.account.Passwords;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.TestServer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;

/**
 * A database made by the first release (schema version 1), written the way that release wrote it,
 * then opened by today's server: the migrations at start keep every row readable through the API.
 */
class SchemaUpgradeTest {

    private static final String FIRST_RELEASE_SCHEMA = "1";
    private static final String WORKSPACE = "wsUpgrade1";

    @BothDatabases
    void aDatabaseOfTheFirstReleaseIsMigratedAtStartAndKeepsEverything(Backend backend) {
        try (Database old = database(backend.config())) {
            old.migrateTo(FIRST_RELEASE_SCHEMA);
            old.jdbi().useTransaction(SchemaUpgradeTest::writeAsTheFirstReleaseDid);
        }

        TestServer server = backend.start();
        Caller owner = server.signIn("early@example.org", TestServer.PASSWORD);
        String journey = "/api/v1/workspaces/" + WORKSPACE + "/journeys/j1";
        JsonNode read = owner.get(journey).json();

        assertThat(read.get("name").asText()).isEqualTo("Onboarding");
        assertThat(read.at("/cards/0/evidenceIds/0").asText()).isEqualTo("ev-fee");
        assertThat(owner.get("/api/v1/workspaces/" + WORKSPACE + "/evidence").body())
                .contains("ev-fee", "42% named the fee");
        assertThat(owner.get(journey + "/versions").json()).hasSize(1);
        assertThat(owner.get(journey + "/comments").json().get(0).get("body").asText())
                .isEqualTo("kept since 0.1");
        assertThat(owner.get("/api/v1/workspaces/" + WORKSPACE + "/personas/p1")
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("Ada");
        // and the upgraded database takes new writes
        assertThat(owner.put(journey, Fixtures.journey("j1").replace("Onboarding", "Upgraded"), "If-Match", "\"1\"")
                        .status())
                .isEqualTo(200);
    }

    private static void writeAsTheFirstReleaseDid(Handle handle) {
        OffsetDateTime then = OffsetDateTime.of(2026, 11, 20, 9, 30, 0, 0, ZoneOffset.UTC);
        String document = Fixtures.journey("j1")
                .replace("\"text\":\"Reads pricing\"", "\"text\":\"Reads pricing\",\"evidenceIds\":[\"ev-fee\"]");
        long user = handle.createUpdate("INSERT INTO users (email, name, password_hash, created_at) "
                        + "VALUES ('early@example.org', 'Early', :hash, :then)")
                .bind("hash", new Passwords(4).hash(TestServer.PASSWORD))
                .bind("then", then)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        handle.createUpdate("INSERT INTO workspaces (id, name, description, evidence, created_by, created_at) "
                        + "VALUES (:ws, 'Early work', NULL, :evidence, :user, :then)")
                .bind("ws", WORKSPACE)
                .bind("user", user)
                .bind("then", then)
                .bind("evidence", "[{\"id\":\"ev-fee\",\"kind\":\"survey\",\"summary\":\"42% named the fee\"}]")
                .execute();
        handle.createUpdate("INSERT INTO members (workspace_id, user_id, role) VALUES (:ws, :user, 'OWNER')")
                .bind("ws", WORKSPACE)
                .bind("user", user)
                .execute();
        handle.createUpdate(
                        "INSERT INTO personas (workspace_id, persona_id, document, created_at) VALUES (:ws, 'p1', :doc, :then)")
                .bind("ws", WORKSPACE)
                .bind("doc", Fixtures.PERSONA)
                .bind("then", then)
                .execute();
        handle.createUpdate(
                        "INSERT INTO journeys (workspace_id, journey_id, name, version, deleted, document, updated_by, "
                                + "updated_at) VALUES (:ws, 'j1', 'Onboarding', 1, FALSE, :doc, :user, :then)")
                .bind("ws", WORKSPACE)
                .bind("doc", document)
                .bind("user", user)
                .bind("then", then)
                .execute();
        handle.createUpdate(
                        "INSERT INTO journey_versions (workspace_id, journey_id, version, deleted, document, summary, "
                                + "author_id, created_at) VALUES (:ws, 'j1', 1, FALSE, :doc, 'created', :user, :then)")
                .bind("ws", WORKSPACE)
                .bind("doc", document)
                .bind("user", user)
                .bind("then", then)
                .execute();
        handle.createUpdate(
                        "INSERT INTO comments (workspace_id, journey_id, anchor, body, resolved, author_id, created_at) "
                                + "VALUES (:ws, 'j1', NULL, 'kept since 0.1', FALSE, :user, :then)")
                .bind("ws", WORKSPACE)
                .bind("user", user)
                .bind("then", then)
                .execute();
    }

    private static Database database(ServerConfig config) {
        return config.dbUrl() == null ? Database.embedded(config.dataDir()) : Database.at(config.dbUrl());
    }
}
