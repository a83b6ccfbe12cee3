package io.journeyboard.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.model.fixture.SampleWorkspace;
import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Channel;
import io.journeyboard.model.journey.EmotionPoint;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.JourneyLink;
import io.journeyboard.model.journey.Lane;
import io.journeyboard.model.journey.LaneKind;
import io.journeyboard.model.journey.Severity;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.model.opportunity.Opportunity;
import io.journeyboard.model.opportunity.OpportunityStatus;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.model.workspace.WorkspaceLimits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkspaceValidatorTest {

    private final WorkspaceValidator validator = new WorkspaceValidator();

    @Test
    void sampleWorkspaceIsValid() {
        assertThat(validator.validate(SampleWorkspace.workspace())).isEmpty();
    }

    @Test
    void blankStageNameIsReportedWithItsPath() {
        Journey journey = SampleWorkspace.journey();
        List<Stage> stages = new ArrayList<>(journey.stages());
        Stage third = stages.get(2);
        stages.set(2, new Stage(third.id(), "  ", null, third.steps()));

        List<Problem> problems = validate(journey.withStages(stages));

        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly("journeys[0].stages[2].name: must not be blank");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Journey journey = SampleWorkspace.journey();
        List<Card> cards = new ArrayList<>(journey.cards());
        cards.add(Card.text("card-ghost", "lane-actions", "step-nowhere", "On a step that does not exist"));
        cards.add(Card.text("card-blank", "lane-nolane", "step-search", ""));
        List<EmotionPoint> emotions = new ArrayList<>(journey.emotions());
        emotions.add(new EmotionPoint("persona-stranger", "step-search", 5, null));

        List<String> problems = validate(journey.withCards(cards).withEmotions(emotions)).stream()
                .map(Problem::toString)
                .toList();

        assertThat(problems)
                .containsExactly(
                        "journeys[0].cards[4].stepId: refers to step 'step-nowhere', which does not exist",
                        "journeys[0].cards[5].laneId: refers to lane 'lane-nolane', which does not exist",
                        "journeys[0].cards[5].text: must not be blank",
                        "journeys[0].emotions[3].personaId: refers to persona (of this journey) 'persona-stranger', which does not exist",
                        "journeys[0].emotions[3].score: is 5; an emotion score runs from -2 to 2");
    }

    @Test
    void laneSpecificFieldsMustMatchTheLane() {
        Journey journey = SampleWorkspace.journey();
        List<Card> cards = List.of(
                new Card(
                        "c1",
                        "lane-touchpoints",
                        "step-search",
                        "No channel",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                new Card(
                        "c2",
                        "lane-actions",
                        "step-search",
                        "Channel on an action",
                        null,
                        Channel.WEB,
                        null,
                        null,
                        null,
                        null,
                        null),
                new Card(
                        "c3",
                        "lane-pain",
                        "step-search",
                        "Pain without severity",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                Card.text("c4", "lane-emotion", "step-search", "Card in the emotion lane"));

        List<String> problems = validate(journey.withCards(cards).withOpportunities(List.of())).stream()
                .map(Problem::toString)
                .toList();

        assertThat(problems)
                .containsExactly(
                        "journeys[0].cards[0].channel: is required on a card in a touchpoints lane",
                        "journeys[0].cards[1].channel: belongs only on cards in a touchpoints lane, not in a actions lane",
                        "journeys[0].cards[2].severity: is required on a card in a pain points lane",
                        "journeys[0].cards[3].laneId: lane 'lane-emotion' is a emotion lane, which holds no cards; use emotions instead");
    }

    @Test
    void duplicateIdsAcrossOneJourneyAreRefused() {
        Journey journey = SampleWorkspace.journey();
        List<Lane> lanes = new ArrayList<>(journey.lanes());
        lanes.add(new Lane("step-pay", LaneKind.NOTES, "Notes"));

        assertThat(validate(journey.withLanes(lanes)))
                .extracting(Problem::toString)
                .containsExactly("journeys[0].lanes[5].id: 'step-pay' is used twice; ids must be unique");
    }

    @Test
    void opportunitiesMustAddressPainPointsAndStayInScoreRange() {
        Journey journey = SampleWorkspace.journey();
        Opportunity bad = new Opportunity(
                "opp-bad",
                "Better search",
                null,
                "step-search",
                List.of("card-search"),
                0,
                6,
                3,
                1.5,
                -1L,
                OpportunityStatus.IDEA,
                null);

        assertThat(validate(journey.withOpportunities(List.of(bad))))
                .extracting(Problem::toString)
                .containsExactly(
                        "journeys[0].opportunities[0].painPointIds[0]: refers to pain point card 'card-search', which does not exist",
                        "journeys[0].opportunities[0].customerValue: is 0; scores run from 1 to 5",
                        "journeys[0].opportunities[0].businessValue: is 6; scores run from 1 to 5",
                        "journeys[0].opportunities[0].confidence: is 1.5; confidence runs from 0.0 to 1.0",
                        "journeys[0].opportunities[0].reach: must not be negative");
    }

    @Test
    void linksAndSubJourneysMustNameExistingOtherJourneys() {
        Journey journey = SampleWorkspace.journey();
        List<Stage> stages = new ArrayList<>(journey.stages());
        stages.set(
                0,
                new Stage(
                        "stage-discover",
                        "Discover",
                        null,
                        List.of(new Step("step-search", "Search", null, "journey-buy"))));
        Journey linked = new Journey(
                journey.id(),
                journey.name(),
                null,
                null,
                journey.state(),
                journey.personaIds(),
                List.of(new JourneyLink("journey-returns", JourneyLink.LinkKind.CONTINUES_IN, null)),
                stages,
                journey.lanes(),
                journey.cards(),
                journey.emotions(),
                journey.opportunities());

        assertThat(validate(linked))
                .extracting(Problem::toString)
                .containsExactly(
                        "journeys[0].links[0].journeyId: refers to journey 'journey-returns', which does not exist",
                        "journeys[0].stages[0].steps[0].subJourneyId: a step cannot open the journey it belongs to");
    }

    @Test
    void cardForAPersonaOutsideTheJourneyIsRefused() {
        Journey journey = SampleWorkspace.journey();
        List<Card> cards = new ArrayList<>(journey.cards());
        cards.set(
                2,
                new Card(
                        "pp-fees",
                        "lane-pain",
                        "step-pay",
                        "Fee",
                        null,
                        null,
                        Severity.LOW,
                        null,
                        List.of("persona-zoe"),
                        List.of("ev-missing"),
                        null));

        assertThat(validate(journey.withCards(cards)))
                .extracting(Problem::toString)
                .containsExactly(
                        "journeys[0].cards[2].personaIds[0]: refers to persona (of this journey) 'persona-zoe', which does not exist",
                        "journeys[0].cards[2].evidenceIds[0]: refers to evidence 'ev-missing', which does not exist");
    }

    private List<Problem> validate(Journey journey) {
        Workspace workspace = SampleWorkspace.workspace().withJourneys(List.of(journey));
        return validator.validate(workspace);
    }

    @Test
    void aJourneyNamingMorePersonasThanTheLimitIsReportedAtItsPersonaIds() {
        List<Persona> personas = new ArrayList<>();
        for (int i = 0; i < WorkspaceLimits.PERSONAS_PER_JOURNEY + 1; i++) {
            personas.add(SampleWorkspace.persona("p" + i, "Persona " + i));
        }
        Journey journey = SampleWorkspace.journey();
        journey = new Journey(
                journey.id(),
                journey.name(),
                null,
                null,
                journey.state(),
                personas.stream().map(Persona::id).toList(),
                List.of(),
                journey.stages(),
                journey.lanes(),
                List.of(),
                List.of(),
                List.of());

        List<Problem> problems = validator.validate(new Workspace(
                "W",
                null,
                personas,
                List.of(journey),
                SampleWorkspace.workspace().evidence()));

        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly("journeys[0].personaIds: names 51 personas; a journey may have at most 50");
    }

    @Test
    void aWorkspaceWithMorePersonasThanTheLimitIsReportedAtTheFirstOneTooMany() {
        List<Persona> personas = new ArrayList<>();
        for (int i = 0; i < WorkspaceLimits.PERSONAS_PER_WORKSPACE + 2; i++) {
            personas.add(SampleWorkspace.persona("p" + i, "Persona " + i));
        }

        List<Problem> problems = validator.validate(new Workspace(
                "W", null, personas, List.of(), SampleWorkspace.workspace().evidence()));

        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly("personas[500]: is persona 501 of 502; a workspace may have at most 500 personas");
    }
}
