package io.journeyboard.server.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;

class SearchAndThumbnailApiTest {

    @BothDatabases
    void searchFindsJourneyNamesCardsOpportunitiesAndPersonasAndSaysWhere(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        Fixtures.journeyIn(owner, ws, "j1");
        String search = "/api/v1/workspaces/" + ws + "/search?q=";

        JsonNode card = owner.get(search + "PRICING").json();
        JsonNode name = owner.get(search + "boarding").json();
        JsonNode persona = owner.get(search + "business%20owner").json();
        JsonNode opportunity = owner.get(search + "faster").json();

        assertThat(card.at("/hits/0/kind").asText()).isEqualTo("card");
        assertThat(card.at("/hits/0/where").asText()).isEqualTo("Actions · Discover › Visit site");
        assertThat(card.at("/hits/0/cardId").asText()).isEqualTo("c1");
        assertThat(card.at("/hits/0/journeyId").asText()).isEqualTo("j1");
        assertThat(name.at("/hits/0/kind").asText()).isEqualTo("journey");
        assertThat(persona.at("/hits/0/kind").asText()).isEqualTo("persona");
        assertThat(persona.at("/hits/0/personaId").asText()).isEqualTo("p1");
        assertThat(opportunity.at("/hits/0/kind").asText()).isEqualTo("opportunity");
        assertThat(owner.get(search + "nothing-like-it").json().get("hits").size())
                .isZero();
    }

    @BothDatabases
    void aSearchTooShortIsRefusedNamingTheParameter(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);

        Reply refused = owner.get("/api/v1/workspaces/" + ws + "/search?q=a");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/path").asText()).isEqualTo("q");
        assertThat(refused.json().at("/errors/0/message").asText()).contains("2 to 200 characters");
    }

    @BothDatabases
    void theThumbnailIsASmallSvgWithAnETagThatAnswers304UntilTheJourneyChanges(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");

        Reply first = owner.get(path + "/thumbnail");
        Reply again = owner.get(path + "/thumbnail", "If-None-Match", first.etag());
        owner.put(path + "/name", "{\"name\":\"Renamed\"}", "If-Match", "\"1\"");
        Reply changed = owner.get(path + "/thumbnail", "If-None-Match", first.etag());

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Content-Type")).startsWith("image/svg+xml");
        // the card of the actions lane, as a block in the lane's colour
        assertThat(first.body()).startsWith("<svg").contains("fill=\"#2f6fde\"");
        assertThat(first.body()).doesNotContain("Reads pricing");
        assertThat(first.body().length()).isLessThan(8_000);
        assertThat(first.etag()).startsWith("\"1-");
        assertThat(again.status()).isEqualTo(304);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.etag()).startsWith("\"2-");
    }
}
