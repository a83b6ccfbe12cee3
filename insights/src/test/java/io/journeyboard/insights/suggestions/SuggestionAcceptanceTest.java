package io.journeyboard.insights.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.insights.RestaurantMap;
import io.journeyboard.insights.TestModel;
import io.journeyboard.insights.report.InsightReport;
import io.journeyboard.model.evidence.Evidence;
import io.journeyboard.model.format.FormatException;
import io.journeyboard.model.format.WorkspaceJson;
import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.LaneKind;
import io.journeyboard.model.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SuggestionAcceptanceTest {

    private final InsightReport report = TestModel.yelpOnRestaurantMap();
    private final Workspace map = RestaurantMap.workspace();

    @Test
    void acceptedSuggestionsBecomeCardsLinkedToTheirEvidence() {
        Workspace updated =
                new SuggestionAcceptance().accept(map, RestaurantMap.JOURNEY, report.suggestions(), "yelp.csv");

        Journey journey = updated.journey(RestaurantMap.JOURNEY).orElseThrow();
        Map<String, Evidence> evidence =
                updated.evidence().stream().collect(Collectors.toMap(Evidence::id, Function.identity()));
        for (Suggestion suggestion : report.suggestions()) {
            Card card = journey.cards().stream()
                    .filter(c -> c.id().equals("insight-" + suggestion.id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(journey.lane(card.laneId()).orElseThrow().kind())
                    .isEqualTo(suggestion.kind().lane());
            assertThat(card.stepId()).isEqualTo(suggestion.placement().stepId());
            assertThat(card.text()).isEqualTo(suggestion.title());
            assertThat(card.severity()).isEqualTo(suggestion.severity());
            assertThat(card.evidenceIds()).hasSize(1 + suggestion.quotes().size());
            assertThat(evidence.get(card.evidenceIds().get(0)).summary())
                    .startsWith(suggestion.evidenceCount() + " feedback items");
            assertThat(evidence.get(card.evidenceIds().get(1)).summary())
                    .isEqualTo(suggestion.quotes().getFirst().text());
            assertThat(evidence.get(card.evidenceIds().get(1)).source())
                    .contains(suggestion.quotes().getFirst().id());
        }
    }

    @Test
    void addsADelightsLaneWhenTheJourneyHasNoneAndKeepsWhatWasThere() {
        Workspace updated =
                new SuggestionAcceptance().accept(map, RestaurantMap.JOURNEY, report.suggestions(), "yelp.csv");

        Journey before = map.journey(RestaurantMap.JOURNEY).orElseThrow();
        Journey after = updated.journey(RestaurantMap.JOURNEY).orElseThrow();
        assertThat(after.lanes()).containsAll(before.lanes());
        assertThat(after.lanes()).filteredOn(l -> l.kind() == LaneKind.DELIGHTS).hasSize(1);
        assertThat(after.lanes())
                .filteredOn(l -> l.kind() == LaneKind.PAIN_POINTS)
                .hasSize(1);
        assertThat(after.cards()).containsAll(before.cards());
        assertThat(updated.evidence()).containsAll(map.evidence());
        assertThat(map.journey(RestaurantMap.JOURNEY).orElseThrow().cards()).hasSize(3);
    }

    @Test
    void theResultSurvivesTheFileFormat() throws FormatException {
        Workspace updated =
                new SuggestionAcceptance().accept(map, RestaurantMap.JOURNEY, report.suggestions(), "yelp.csv");

        WorkspaceJson json = new WorkspaceJson();
        Workspace read = json.read(json.write(updated).getBytes(StandardCharsets.UTF_8), "accepted.json");

        assertThat(read).isEqualTo(updated);
    }

    @Test
    void acceptingTwiceKeepsIdsUnique() {
        SuggestionAcceptance acceptance = new SuggestionAcceptance();
        List<Suggestion> one = report.suggestions().subList(0, 1);

        Workspace twice = acceptance.accept(
                acceptance.accept(map, RestaurantMap.JOURNEY, one, "a.csv"), RestaurantMap.JOURNEY, one, "a.csv");

        assertThat(twice.journey(RestaurantMap.JOURNEY).orElseThrow().cards())
                .extracting(Card::id)
                .contains(
                        "insight-" + one.getFirst().id(),
                        "insight-" + one.getFirst().id() + "-2");
    }

    @Test
    void refusesUnplacedSuggestionsAndUnknownJourneys() {
        Suggestion unplaced = TestModel.yelpReport().suggestions().getFirst();

        assertThatThrownBy(
                        () -> new SuggestionAcceptance().accept(map, RestaurantMap.JOURNEY, List.of(unplaced), "y.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(unplaced.id())
                .hasMessageContaining("--map");
        assertThatThrownBy(() -> new SuggestionAcceptance().accept(map, "nope", report.suggestions(), "y.csv"))
                .hasMessageContaining("no journey 'nope'")
                .hasMessageContaining(RestaurantMap.JOURNEY);
    }
}
