package io.journeyboard.server.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.TestServer;
import io.journeyboard.server.system.DemoWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A first start's demo holds the bank-loan journey bound to the BPI Challenge 2012 log, stored as a dataset. */
class DemoLivingMapTest {

    @Test
    void theDemoBankLoanJourneyIsMeasuredOnTheBpic2012Dataset(@TempDir Path dir) throws Exception {
        try (Backend backend = Backend.h2(dir)) {
            TestServer server = backend.start(config -> config.withDemoOnFirstStart(true));
            DemoWorkspace.DemoSignIn demo = server.server().demo().orElseThrow();
            Caller user = server.signIn(demo.email(), demo.password());
            String ws = "/api/v1/workspaces/" + demo.workspaceId();
            String journey = user.get(ws + "/journeys").json().findValuesAsText("id").stream()
                    .filter(id -> id.contains("bank-loan"))
                    .findFirst()
                    .orElseThrow();

            JsonNode listed = user.get(ws + "/datasets").json();
            JsonNode lane = user.get(ws + "/journeys/" + journey + "/lane?dataset=" + DemoDataset.ID)
                    .json();
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (lane.get("loading").asBoolean() && System.nanoTime() < deadline) {
                Thread.sleep(250);
                lane = user.get(ws + "/journeys/" + journey + "/lane?dataset=" + DemoDataset.ID)
                        .json();
            }

            assertThat(listed.findValuesAsText("id")).containsExactly(DemoDataset.ID);
            assertThat(lane.get("loading").asBoolean()).isFalse();
            assertThat(lane.at("/dataset/events").asLong()).isEqualTo(262_200);
            assertThat(lane.at("/lane/entrants").asLong()).isEqualTo(13_087);
            assertThat(lane.at("/lane/steps/0/stepName").asText()).isEqualTo("Submit application");
            assertThat(lane.at("/lane/steps/1/cases").asLong()).isEqualTo(7_367);
            assertThat(lane.at("/lane/steps").size()).isEqualTo(9);
        }
    }
}
