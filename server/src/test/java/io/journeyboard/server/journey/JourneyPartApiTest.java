package io.journeyboard.server.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;

class JourneyPartApiTest {

    @BothDatabases
    void eachPartCanBeAddedChangedAndRemovedWithItsOwnVersion(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");

        Reply stage =
                owner.post(path + "/stages", "{\"id\":\"s2\",\"name\":\"Use\",\"steps\":[]}", "If-Match", "\"1\"");
        Reply step = owner.post(
                path + "/stages/s2/steps", "{\"id\":\"st3\",\"name\":\"First project\"}", "If-Match", stage.etag());
        Reply lane = owner.post(
                path + "/lanes",
                "{\"id\":\"l-touch\",\"kind\":\"touchpoints\",\"title\":\"Touchpoints\"}",
                "If-Match",
                step.etag());
        Reply card = owner.post(
                path + "/cards",
                "{\"id\":\"c2\",\"laneId\":\"l-pain\",\"stepId\":\"st3\",\"text\":\"Slow setup\",\"severity\":\"high\"}",
                "If-Match",
                lane.etag());
        Reply emotion =
                owner.put(path + "/emotions/p1/st3", "{\"score\":-2,\"note\":\"frustrated\"}", "If-Match", card.etag());
        Reply opportunity = owner.post(path + "/opportunities", """
                {"id":"o2","title":"Guided setup","painPointIds":["c2"],"customerValue":4,"businessValue":3,
                "effort":2,"confidence":0.7,"status":"idea"}""", "If-Match", emotion.etag());
        Reply renamed = owner.put(
                path + "/steps/st3", "{\"id\":\"st3\",\"name\":\"First map\"}", "If-Match", opportunity.etag());

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.etag()).isEqualTo("\"8\"");
        var journey = owner.get(path).json();
        assertThat(journey.at("/stages/2/steps/0/name").asText()).isEqualTo("First map");
        assertThat(journey.at("/cards/1/severity").asText()).isEqualTo("high");
        assertThat(journey.at("/emotions/1/score").asInt()).isEqualTo(-2);
        assertThat(journey.at("/opportunities/1/title").asText()).isEqualTo("Guided setup");
        assertThat(owner.get(path + "/opportunities").json().findValuesAsText("id"))
                .containsExactly("o1", "o2");
        assertThat(owner.get(path + "/versions").json().get(0).get("summary").asText())
                .isEqualTo("changed step st3");
    }

    @BothDatabases
    void partThatBreaksTheJourneyIsRefusedWithItsPath(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");

        Reply card = owner.post(
                path + "/cards",
                "{\"id\":\"c9\",\"laneId\":\"l-actions\",\"stepId\":\"missing\",\"text\":\"x\"}",
                "If-Match",
                "\"1\"");
        Reply stepInUse = owner.delete(path + "/steps/st1", "If-Match", "\"1\"");

        assertThat(card.status()).isEqualTo(400);
        assertThat(card.json().get("errors").findValuesAsText("path")).contains("cards[1].stepId");
        assertThat(stepInUse.status()).isEqualTo(400);
        assertThat(owner.get(path).etag()).isEqualTo("\"1\"");
    }

    @BothDatabases
    void removingACardAndClearingAnEmotionKeepTheRest(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");

        Reply removed = owner.delete(path + "/cards/c1", "If-Match", "\"1\"");
        Reply cleared = owner.delete(path + "/emotions/p1/st1", "If-Match", removed.etag());

        assertThat(removed.status()).isEqualTo(204);
        assertThat(cleared.status()).isEqualTo(204);
        assertThat(owner.get(path).json().get("cards")).isEmpty();
        assertThat(owner.get(path).json().at("/stages/0/steps")).hasSize(2);
        assertThat(owner.get(path).json().get("emotions")).isEmpty();
        assertThat(owner.delete(path + "/cards/c1", "If-Match", cleared.etag()).status())
                .isEqualTo(404);
    }

    @BothDatabases
    void partWriteFromAStaleVersionIsAConflict(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
        owner.put(
                path + "/lanes/l-actions",
                "{\"id\":\"l-actions\",\"kind\":\"actions\",\"title\":\"Doing\"}",
                "If-Match",
                "\"1\"");

        Reply stale = owner.put(
                path + "/lanes/l-actions",
                "{\"id\":\"l-actions\",\"kind\":\"actions\",\"title\":\"Acts\"}",
                "If-Match",
                "\"1\"");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(owner.get(path).json().at("/lanes/0/title").asText()).isEqualTo("Doing");
    }
}
