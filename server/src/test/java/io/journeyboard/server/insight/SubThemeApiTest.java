package io.journeyboard.server.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Feedback;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;

class SubThemeApiTest {

    @BothDatabases
    void theLargestThemeOfRealReviewsIsSplitIntoNamedSubThemesWithSharesAndQuotes(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
        Reply started = owner.send("POST", path + "/insights/jobs?file=reviews.csv", Feedback.yelpCsv(400), "text/csv");
        JsonNode finished = Feedback.awaitFinished(owner, started.header("Location"));
        JsonNode largest = finished.at("/report/themes/0");

        Reply split = owner.get(
                started.header("Location") + "/themes/" + largest.get("id").asText() + "/subthemes");
        Reply again = owner.get(
                started.header("Location") + "/themes/" + largest.get("id").asText() + "/subthemes");
        Reply missing = owner.get(started.header("Location") + "/themes/T99/subthemes");

        assertThat(split.status()).as(split.toString()).isEqualTo(200);
        JsonNode parts = split.json().get("subThemes");
        assertThat(split.json().get("splittable").asBoolean()).isTrue();
        assertThat(parts.size()).isGreaterThanOrEqualTo(2);
        int items = 0;
        double shares = 0;
        List<String> names = new ArrayList<>();
        for (JsonNode part : parts) {
            items += part.get("size").asInt();
            shares += part.get("share").asDouble();
            names.add(part.get("name").asText());
            assertThat(part.get("id").asText()).startsWith(largest.get("id").asText() + ".");
            assertThat(part.get("quotes").size()).isPositive();
            assertThat(part.get("label").asText()).isIn("positive", "neutral", "negative");
        }
        assertThat(items).isEqualTo(largest.get("size").asInt());
        assertThat(shares).isCloseTo(1.0, Offset.offset(0.01));
        assertThat(names)
                .doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).isNotBlank());
        assertThat(again.json()).isEqualTo(split.json());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asText()).contains("no theme 'T99'");
    }

    @BothDatabases
    void aSmallThemeIsAnsweredWithNoSubThemesAndWhy(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
        Reply started = owner.send(
                "POST", path + "/insights/jobs?file=survey.csv&text=comment", Feedback.SURVEY_CSV, "text/csv");
        Feedback.awaitFinished(owner, started.header("Location"));

        Reply split = owner.get(started.header("Location") + "/themes/T1/subthemes");

        assertThat(split.status()).isEqualTo(200);
        assertThat(split.json().get("splittable").asBoolean()).isFalse();
        assertThat(split.json().get("subThemes")).isEmpty();
        assertThat(split.json().get("reason").asText()).contains("from 40 items on");
    }
}
