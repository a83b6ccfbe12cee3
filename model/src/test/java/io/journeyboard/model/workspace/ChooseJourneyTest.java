package io.journeyboard.model.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.JourneyState;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which journey of a map a command works on, and what its stages name. */
class ChooseJourneyTest {

    private static Journey journey(String id, Stage... stages) {
        return new Journey(
                id,
                id,
                null,
                null,
                JourneyState.CURRENT,
                List.of(),
                List.of(),
                List.of(stages),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    private static Workspace of(Journey... journeys) {
        return new Workspace("w", null, List.of(), List.of(journeys), List.of());
    }

    @Test
    void theNamedJourneyIsChosenAmongSeveral() {
        assertThat(of(journey("a"), journey("b")).chooseJourney("b").id()).isEqualTo("b");
    }

    @Test
    void withoutANameTheOnlyJourneyIsChosen() {
        assertThat(of(journey("only")).chooseJourney(null).id()).isEqualTo("only");
    }

    @Test
    void withoutANameSeveralJourneysAreAnErrorListingThem() {
        assertThatThrownBy(() -> of(journey("a"), journey("b")).chooseJourney(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("has 2 journeys (a, b); name the one to use");
        assertThatThrownBy(() -> of().chooseJourney(null)).hasMessage("has 0 journeys (none); name the one to use");
    }

    @Test
    void anUnknownNameIsAnErrorListingTheJourneysThereAre() {
        assertThatThrownBy(() -> of(journey("a"), journey("b")).chooseJourney("c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("has no journey 'c'; it has: a, b");
    }

    @Test
    void stepNamesByStageKeepTheJourneysOrderAndEmptyStages() {
        Journey journey = journey(
                "j",
                new Stage("s2", "Decide", null, List.of(new Step("t2", "decide", null, null))),
                new Stage("s1", "Think", null, List.of()),
                new Stage(
                        "s3",
                        "Pay",
                        null,
                        List.of(new Step("t3", "pay", null, null), new Step("t4", "refund", null, null))));

        assertThat(journey.stepNamesByStage())
                .containsExactly(
                        entry("Decide", List.of("decide")),
                        entry("Think", List.of()),
                        entry("Pay", List.of("pay", "refund")));
    }
}
