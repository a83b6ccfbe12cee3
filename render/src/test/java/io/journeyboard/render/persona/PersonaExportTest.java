package io.journeyboard.render.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.model.fixture.DecoratedSampleWorkspace;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.render.ExportFormat;
import io.journeyboard.render.MapRenderer;
import io.journeyboard.render.RenderOptions;
import io.journeyboard.render.canvas.pdf.PageFormat;
import io.journeyboard.render.fixture.Exports;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PersonaExportTest {

    private final MapRenderer renderer = new MapRenderer();
    private final Workspace workspace = DecoratedSampleWorkspace.workspace();

    @Test
    void pdfOnA4HoldsOnePageWithNameQuoteGoalsFrustrationsAndEvidence() {
        byte[] pdf = Exports.persona(
                renderer,
                workspace,
                "maya",
                ExportFormat.PDF,
                RenderOptions.defaults().withPage(PageFormat.A4));

        assertThat(Exports.pdfPages(pdf)).isEqualTo(1);
        assertThat(Exports.pdfText(pdf))
                .contains(
                        "Maya Okafor",
                        "If I can't see the delivery date, I close the tab.",
                        "Find a reliable laptop under £900",
                        "Surprise fees at checkout",
                        "38% abandon at shipping costs",
                        "Buying a laptop online");
    }

    @Test
    void svgParsesAndPngIsALandscapeSheet() {
        Exports.svg(Exports.persona(renderer, workspace, "jorg", ExportFormat.SVG, RenderOptions.defaults()));

        BufferedImage png = Exports.png(Exports.persona(
                renderer,
                workspace,
                "jorg",
                ExportFormat.PNG,
                RenderOptions.defaults().withScale(1)));

        assertThat(png.getWidth()).isEqualTo(842);
        assertThat(png.getHeight()).isBetween(595, png.getWidth());
    }

    @Test
    void personaHasNoTableFormatAndUnknownPersonaIsNamed() {
        assertThatThrownBy(
                        () -> Exports.persona(renderer, workspace, "maya", ExportFormat.CSV, RenderOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("svg, png or pdf");
        assertThatThrownBy(
                        () -> Exports.persona(renderer, workspace, "ghost", ExportFormat.PDF, RenderOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ghost'");
    }
}
