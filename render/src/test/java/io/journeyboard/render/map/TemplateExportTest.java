package io.journeyboard.render.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.model.fixture.DecoratedSampleWorkspace;
import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.template.Template;
import io.journeyboard.model.template.Templates;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.render.ExportFormat;
import io.journeyboard.render.MapRenderer;
import io.journeyboard.render.RenderOptions;
import io.journeyboard.render.fixture.Exports;
import io.journeyboard.render.fixture.GoldenImages;
import io.journeyboard.render.text.FontSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped template (and the sample workspace) exported as a picture: compared with its golden
 * image, and its PDF searched for every stage and card. Goldens are drawn with the jar's fonts only,
 * so they do not depend on the fonts of the machine.
 */
class TemplateExportTest {

    private static final double GOLDEN_SCALE = 0.3;

    private final MapRenderer renderer = new MapRenderer(FontSet.jarOnly());

    static Stream<Arguments> workspaces() {
        List<Arguments> all = new ArrayList<>();
        all.add(Arguments.of("sample", DecoratedSampleWorkspace.workspace()));
        Templates templates = new Templates();
        for (Template template : templates.list()) {
            all.add(Arguments.of(template.name(), templates.load(template)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workspaces")
    void mapLooksAsItsGoldenImage(String name, Workspace workspace) {
        byte[] png = Exports.map(
                renderer,
                workspace,
                null,
                ExportFormat.PNG,
                RenderOptions.defaults().withScale(GOLDEN_SCALE));

        GoldenImages.assertMatches("map-" + name, Exports.png(png));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workspaces")
    void personaSheetLooksAsItsGoldenImage(String name, Workspace workspace) {
        String personaId = workspace.personas().getFirst().id();
        byte[] png = Exports.persona(
                renderer,
                workspace,
                personaId,
                ExportFormat.PNG,
                RenderOptions.defaults().withScale(GOLDEN_SCALE * 2));

        GoldenImages.assertMatches("persona-" + name, Exports.png(png));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workspaces")
    void pdfHoldsEveryStageNameAndCardTextOfEveryJourney(String name, Workspace workspace) {
        for (Journey journey : workspace.journeys()) {
            String text = Exports.pdfText(
                    Exports.map(renderer, workspace, journey.id(), ExportFormat.PDF, RenderOptions.defaults()));
            String svg = MapExportTest.svgText(Exports.svg(
                    Exports.map(renderer, workspace, journey.id(), ExportFormat.SVG, RenderOptions.defaults())));
            for (Stage stage : journey.stages()) {
                assertThat(text).as("PDF of " + name).contains(stage.name());
                assertThat(svg).as("SVG of " + name).contains(stage.name());
            }
            for (Card card : journey.cards()) {
                String expected = card.text().replaceAll("\\s+", " ").strip();
                assertThat(text).as("PDF of " + name).contains(jarFontText(expected));
                assertThat(svg).as("SVG of " + name).contains(expected);
            }
        }
    }

    /** What the jar's fonts can draw of {@code text}: characters they lack become the missing mark. */
    private static String jarFontText(String text) {
        StringBuilder shown = new StringBuilder();
        FontSet.jarOnly().runs(text, false).forEach(run -> shown.append(run.text()));
        return shown.toString();
    }
}
