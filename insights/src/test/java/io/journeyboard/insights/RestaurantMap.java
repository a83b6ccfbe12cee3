package io.journeyboard.insights;

import io.journeyboard.model.evidence.Evidence;
import io.journeyboard.model.evidence.EvidenceKind;
import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Channel;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.JourneyState;
import io.journeyboard.model.journey.Lane;
import io.journeyboard.model.journey.LaneKind;
import io.journeyboard.model.journey.Severity;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.model.workspace.Workspace;
import java.util.List;

/** A small, valid journey map of eating out, to place the yelp restaurant feedback on. */
public final class RestaurantMap {

    public static final String JOURNEY = "dinner-out";

    private RestaurantMap() {}

    public static Workspace workspace() {
        List<Stage> stages = List.of(
                new Stage(
                        "stage-find",
                        "Find a restaurant",
                        "Choosing where to eat",
                        List.of(
                                new Step("step-search", "Search and read reviews", null, null),
                                new Step("step-book", "Book a table", null, null))),
                new Stage(
                        "stage-arrive",
                        "Arrive",
                        null,
                        List.of(new Step(
                                "step-wait",
                                "Wait to be seated",
                                "Waiting time at the door before getting a table",
                                null))),
                new Stage(
                        "stage-eat",
                        "Eat",
                        "The meal itself",
                        List.of(
                                new Step(
                                        "step-food",
                                        "Food is served",
                                        "Taste, flavour, freshness and temperature of the dishes",
                                        null),
                                new Step(
                                        "step-service",
                                        "Table service",
                                        "Waiters and staff looking after the table",
                                        null))),
                new Stage(
                        "stage-pay",
                        "Pay",
                        null,
                        List.of(new Step("step-bill", "Pay the bill", "Prices and value for money", null))),
                new Stage(
                        "stage-return",
                        "Come back",
                        null,
                        List.of(new Step(
                                "step-recommend",
                                "Recommend or return",
                                "Deciding to come back or tell friends",
                                null))));
        List<Lane> lanes = List.of(
                new Lane("lane-actions", LaneKind.ACTIONS, "Customer actions"),
                new Lane("lane-touchpoints", LaneKind.TOUCHPOINTS, "Touchpoints"),
                new Lane("lane-pain", LaneKind.PAIN_POINTS, "Pain points"));
        List<Card> cards = List.of(
                new Card(
                        "tp-booking",
                        "lane-touchpoints",
                        "step-book",
                        "Online booking form",
                        null,
                        Channel.WEB,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        null),
                new Card(
                        "tp-waiter",
                        "lane-touchpoints",
                        "step-service",
                        "Waiter at the table",
                        null,
                        Channel.IN_PERSON,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        null),
                new Card(
                        "pp-parking",
                        "lane-pain",
                        "step-wait",
                        "No parking nearby",
                        null,
                        null,
                        Severity.LOW,
                        null,
                        List.of(),
                        List.of("ev-site-visit"),
                        null));
        Journey journey = new Journey(
                JOURNEY,
                "Dinner out",
                null,
                "Enjoy an evening meal",
                JourneyState.CURRENT,
                List.of(),
                List.of(),
                stages,
                lanes,
                cards,
                List.of(),
                List.of());
        return new Workspace(
                "Restaurant",
                null,
                List.of(),
                List.of(journey),
                List.of(new Evidence(
                        "ev-site-visit", EvidenceKind.OBSERVATION, "Site visit", "Street parking only", null, null)));
    }

    public static Journey journey() {
        return workspace().journey(JOURNEY).orElseThrow();
    }
}
