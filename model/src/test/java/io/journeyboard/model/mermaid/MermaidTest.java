package io.journeyboard.model.mermaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.model.fixture.SampleWorkspace;
import io.journeyboard.model.format.FormatException;
import io.journeyboard.model.journey.EmotionPoint;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.model.validation.WorkspaceValidator;
import io.journeyboard.model.workspace.Workspace;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class MermaidTest {

    private static final String WORKING_DAY = """
            journey
                title My working day
                section Go to work
                  Make tea: 5: Me
                  Go upstairs: 3: Me
                  Do work: 1: Me, Cat
                section Go home
                  Go downstairs: 5: Me
                  Sit down: 5
            """;

    private final MermaidReader reader = new MermaidReader();
    private final MermaidWriter writer = new MermaidWriter();

    @Test
    void sectionsTasksScoresAndActorsBecomeAJourney() throws Exception {
        Workspace workspace = reader.read(WORKING_DAY, "day.mmd");
        Journey journey = workspace.journeys().getFirst();

        assertThat(journey.name()).isEqualTo("My working day");
        assertThat(journey.stages()).extracting(Stage::name).containsExactly("Go to work", "Go home");
        assertThat(journey.steps())
                .extracting(Step::name)
                .containsExactly("Make tea", "Go upstairs", "Do work", "Go downstairs", "Sit down");
        assertThat(workspace.personas()).extracting(Persona::name).containsExactly("Me", "Cat", "Customer");
        assertThat(journey.emotions())
                .extracting(EmotionPoint::personaId, EmotionPoint::score)
                .contains(
                        Tuple.tuple("persona-me", 2),
                        Tuple.tuple("persona-cat", -2),
                        Tuple.tuple("persona-customer", 2));
        assertThat(new WorkspaceValidator().validate(workspace)).isEmpty();
    }

    @Test
    void exportThenImportKeepsStagesStepsScoresAndActors() throws Exception {
        Workspace original = reader.read(WORKING_DAY, "day.mmd");

        MermaidExport export = writer.write(original, null);
        Workspace again = reader.read(export.text(), "again.mmd");

        assertThat(again).isEqualTo(original);
        assertThat(export.warnings()).isEmpty();
    }

    @Test
    void exportListsEverythingMermaidCannotHold() {
        MermaidExport export = writer.write(SampleWorkspace.workspace(), "journey-buy");

        assertThat(export.text()).contains("    title Buy a gift online", "    section Buy", "      Pay: 2: Maya, Tom");
        assertThat(export.warnings())
                .anySatisfy(
                        w -> assertThat(w)
                                .startsWith(
                                        "cards dropped (Mermaid has no lanes): {actions=1, kpis=1, pain_points=1, touchpoints=1}"))
                .anySatisfy(w -> assertThat(w).isEqualTo("opportunities dropped: 1"))
                .anySatisfy(w -> assertThat(w).contains("'Pay'", "{Maya=-2, Tom=0}", "mean -1"))
                .anySatisfy(w -> assertThat(w)
                        .isEqualTo("steps without an emotion were written with the neutral score 3: Basket, Delivery"));
    }

    @Test
    void namesWithMermaidSyntaxCharactersAreCleanedWithAWarning() throws Exception {
        Workspace workspace =
                reader.read("journey\n  title Plan: A; B\n  section Go # now\n    Step one: 4: Ana\n", "x.mmd");
        Journey renamed = workspace
                .journeys()
                .getFirst()
                .withStages(List.of(
                        new Stage("stage-x", "Pay: now", null, List.of(new Step("step-x", "Tap; go", null, null)))));

        MermaidExport export = writer.write(workspace.withJourneys(List.of(renamed.withEmotions(List.of()))), null);

        assertThat(export.text()).contains("section Pay now", "Tap go: 3");
        assertThat(reader.read(export.text(), "back.mmd")
                        .journeys()
                        .getFirst()
                        .stages()
                        .getFirst()
                        .name())
                .isEqualTo("Pay now");
        assertThat(export.warnings())
                .anySatisfy(w -> assertThat(w).startsWith("stage name 'Pay: now' was written as 'Pay now'"));
    }

    @Test
    void badScoreIsReportedWithLineAndColumn() {
        String text = "journey\n  title T\n  section S\n    Make tea: great: Me\n";

        assertThatThrownBy(() -> reader.read(text, "bad.mmd"))
                .isInstanceOf(FormatException.class)
                .hasMessage("bad.mmd:4:14: the score 'great' is not a whole number from 1 to 5");
    }

    @Test
    void fileThatIsNotAJourneyIsRefused() {
        assertThatThrownBy(() -> reader.read("flowchart LR\n  A --> B\n", "flow.mmd"))
                .hasMessage("flow.mmd:1:1: a Mermaid journey starts with the line 'journey', not 'flowchart LR'");
        assertThatThrownBy(() -> reader.read("journey\n  section S\n    no score here\n", "t.mmd"))
                .hasMessageStartingWith("t.mmd:3:5: 'no score here' is not a task");
        assertThatThrownBy(() -> reader.read("", "empty.mmd")).hasMessageContaining("the file is empty");
    }

    @Test
    void aTaskWithMoreActorsThanTheLimitIsRefusedAtTheFirstActorTooMany() {
        String actors = String.join(
                ", ", IntStream.rangeClosed(1, 21).mapToObj(i -> "A" + i).toList());
        String text = "journey\n  section S\n    Wait: 3: " + actors + "\n";

        assertThatThrownBy(() -> reader.read(text, "crowd.mmd"))
                .isInstanceOf(FormatException.class)
                .hasMessage("crowd.mmd:3:" + (text.split("\n")[2].indexOf("A21") + 1)
                        + ": a task may name at most 20 actors; split it, or leave out actors from 'A21' on");
    }

    @Test
    void aDiagramWithMoreDistinctActorsThanAJourneyMayHavePersonasIsRefusedOnTheLineThatAddsOneTooMany() {
        StringBuilder text = new StringBuilder("journey\n  section S\n");
        for (int task = 0; task < 6; task++) {
            int first = task * 10;
            String actors = String.join(
                    ", ",
                    IntStream.range(first, first + 10)
                            .mapToObj(i -> "Actor " + i)
                            .toList());
            text.append("    Task ").append(task).append(": 3: ").append(actors).append('\n');
        }

        assertThatThrownBy(() -> reader.read(text.toString(), "many.mmd"))
                .isInstanceOf(FormatException.class)
                .hasMessage(
                        "many.mmd:8:5: actor 'Actor 50' would be persona 51; a journey may have at most 50 personas,"
                                + " so use fewer distinct actors");
    }
}
