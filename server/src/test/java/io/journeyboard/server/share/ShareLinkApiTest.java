package io.journeyboard.server.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;
import java.time.Instant;

class ShareLinkApiTest {

    @BothDatabases
    void anyoneWithALiveLinkReadsThatJourneyOnly(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String path = Fixtures.journeyIn(owner, ws, "j1");
        Fixtures.journeyIn(owner, ws, "j2");
        JsonNode link = owner.post(path + "/share-links", "{}").json();

        Reply shared = server.anonymous().get(link.get("path").asText());

        assertThat(shared.status()).isEqualTo(200);
        assertThat(shared.json().at("/journey/id").asText()).isEqualTo("j1");
        assertThat(shared.json().at("/personas/0/name").asText()).isEqualTo("Ada");
        assertThat(shared.body()).doesNotContain("j2");
        assertThat(server.anonymous().post(link.get("path").asText(), "{}").status())
                .isIn(404, 405);
    }

    @BothDatabases
    void revokedLinkOpensNothing(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
        JsonNode link = owner.post(path + "/share-links", "{}").json();

        assertThat(owner.delete(path + "/share-links/" + link.get("id").asText())
                        .status())
                .isEqualTo(204);

        assertThat(server.anonymous().get(link.get("path").asText()).status()).isEqualTo(404);
        assertThat(owner.get(path + "/share-links")
                        .json()
                        .get(0)
                        .get("revokedAt")
                        .asText())
                .isNotBlank();
    }

    @BothDatabases
    void expiryMustBeInTheFutureAndIsReported(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
        Instant tomorrow = Instant.now().plusSeconds(86_400);

        Reply past = owner.post(path + "/share-links", "{\"expiresAt\":\"2020-01-01T00:00:00Z\"}");
        Reply future = owner.post(path + "/share-links", "{\"expiresAt\":\"" + tomorrow + "\"}");

        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().at("/errors/0/path").asText()).isEqualTo("expiresAt");
        assertThat(future.status()).isEqualTo(201);
        assertThat(server.anonymous().get(future.json().get("path").asText()).status())
                .isEqualTo(200);
    }

    @BothDatabases
    void linkToADeletedJourneyOpensNothing(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
        JsonNode link = owner.post(path + "/share-links", "{}").json();

        owner.delete(path, "If-Match", "\"1\"");

        assertThat(server.anonymous().get(link.get("path").asText()).status()).isEqualTo(404);
    }
}
