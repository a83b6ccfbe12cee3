package io.journeyboard.server.journey;

import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Lane;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.opportunity.Opportunity;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A list inside a journey document whose items have ids (stages, lanes, cards, opportunities), and
 * how to read and replace it; the fine-grained routes edit these lists.
 *
 * @param collection the path segment ({@code cards})
 * @param singular   the item's name in messages and history ({@code card})
 */
record JourneyPart<T>(
        String collection,
        String singular,
        Class<T> type,
        Function<Journey, List<T>> items,
        BiFunction<Journey, List<T>, Journey> with,
        Function<T, String> id) {

    static final List<JourneyPart<?>> ALL = List.of(
            new JourneyPart<>("stages", "stage", Stage.class, Journey::stages, Journey::withStages, Stage::id),
            new JourneyPart<>("lanes", "lane", Lane.class, Journey::lanes, Journey::withLanes, Lane::id),
            new JourneyPart<>("cards", "card", Card.class, Journey::cards, Journey::withCards, Card::id),
            new JourneyPart<>(
                    "opportunities",
                    "opportunity",
                    Opportunity.class,
                    Journey::opportunities,
                    Journey::withOpportunities,
                    Opportunity::id));
}
