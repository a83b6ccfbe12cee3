package io.journeyboard.model.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.EmotionPoint;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Lane;
import io.journeyboard.model.journey.LaneKind;
import io.journeyboard.model.journey.Step;
import io.journeyboard.model.validation.Problem;
import io.journeyboard.model.validation.WorkspaceValidator;
import io.journeyboard.model.workspace.Workspace;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every template shipped in the jar loads, validates, and fills in every part of a map. */
class TemplatesTest {

    private static final Templates TEMPLATES = new Templates();

    static Stream<Template> templates() {
        return TEMPLATES.list().stream();
    }

    @Test
    void theFiveTemplatesAreListed() {
        assertThat(TEMPLATES.list())
                .extracting(Template::name)
                .contains("ecommerce", "saas-trial", "retail-omnichannel", "bank-loan", "support-incident");
        assertThat(TEMPLATES.list()).allSatisfy(t -> {
            assertThat(t.title()).as(t.name() + " title").isNotBlank();
            assertThat(t.description()).as(t.name() + " description").isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void loadsAndValidates(Template template) {
        Workspace ws = TEMPLATES.load(template);
        List<Problem> problems = new WorkspaceValidator().validate(ws);
        assertThat(problems)
                .as(() -> template.name() + " has problems:\n"
                        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void fillsEveryPartOfTheMap(Template template) {
        Workspace ws = TEMPLATES.load(template);
        assertThat(ws.personas()).as(template.name() + " personas").hasSizeGreaterThanOrEqualTo(2);
        assertThat(ws.journeys()).as(template.name() + " journeys").isNotEmpty();
        for (Journey journey : ws.journeys()) {
            String where = template.name() + "/" + journey.id();
            assertThat(journey.stages()).as(where + " stages").hasSizeGreaterThanOrEqualTo(5);
            assertThat(journey.opportunities()).as(where + " opportunities").hasSizeGreaterThanOrEqualTo(3);

            Set<LaneKind> laneKinds = journey.lanes().stream().map(Lane::kind).collect(Collectors.toSet());
            assertThat(laneKinds).as(where + " lane kinds").containsAll(Arrays.asList(LaneKind.values()));

            for (LaneKind kind : LaneKind.values()) {
                if (kind.holdsCards()) {
                    List<Card> cards = journey.cardsOf(kind).toList();
                    assertThat(cards)
                            .as(where + " cards in a " + kind + " lane")
                            .isNotEmpty();
                }
            }

            for (Step step : journey.steps().toList()) {
                for (String personaId : journey.personaIds()) {
                    long points = journey.emotions().stream()
                            .filter(e -> e.stepId().equals(step.id())
                                    && e.personaId().equals(personaId))
                            .count();
                    assertThat(points)
                            .as(where + " emotion of " + personaId + " at " + step.id())
                            .isEqualTo(1);
                }
            }
            assertThat(journey.emotions())
                    .extracting(EmotionPoint::personaId)
                    .containsOnlyElementsOf(journey.personaIds());
        }
    }
}
