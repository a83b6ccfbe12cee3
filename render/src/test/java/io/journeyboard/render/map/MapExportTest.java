package io.journeyboard.render.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.model.fixture.DecoratedSampleWorkspace;
import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.render.ExportFormat;
import io.journeyboard.render.MapRenderer;
import io.journeyboard.render.RenderOptions;
import io.journeyboard.render.canvas.pdf.PageFormat;
import io.journeyboard.render.fixture.Exports;
import io.journeyboard.render.text.FontSet;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class MapExportTest {

    private final FontSet fonts = FontSet.standard();
    private final MapRenderer renderer = new MapRenderer(fonts);
    private final Workspace workspace = DecoratedSampleWorkspace.workspace();

    @Test
    void pdfTextHoldsEveryStageNameAndCardText() {
        String text =
                Exports.pdfText(Exports.map(renderer, workspace, null, ExportFormat.PDF, RenderOptions.defaults()));

        assertThat(text).contains("Buying a laptop online");
        for (String visible : DecoratedSampleWorkspace.visibleTexts()) {
            assertThat(text).as("PDF text").contains(drawable(visible));
        }
    }

    @Test
    void tiledPdfRepeatsHeadersAndStillHoldsEveryText() {
        byte[] pdf = Exports.map(
                renderer,
                workspace,
                null,
                ExportFormat.PDF,
                RenderOptions.defaults().withPage(PageFormat.A4));

        assertThat(Exports.pdfPages(pdf)).isGreaterThan(2);
        String text = Exports.pdfText(pdf);
        for (String visible : DecoratedSampleWorkspace.visibleTexts()) {
            assertThat(text).as("A4 PDF text").contains(drawable(visible));
        }
    }

    @Test
    void svgParsesAndHoldsEveryStageNameAndCardText() {
        Document svg = Exports.svg(Exports.map(renderer, workspace, null, ExportFormat.SVG, RenderOptions.defaults()));

        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        String text = svgText(svg);
        for (String visible : DecoratedSampleWorkspace.visibleTexts()) {
            assertThat(text).as("SVG text").contains(visible);
        }
    }

    @Test
    void pngHasTheScaledSizeOfTheSvgAndIsNotBlank() {
        Document svg = Exports.svg(Exports.map(renderer, workspace, null, ExportFormat.SVG, RenderOptions.defaults()));
        double width = Double.parseDouble(svg.getDocumentElement().getAttribute("width"));
        double height = Double.parseDouble(svg.getDocumentElement().getAttribute("height"));

        BufferedImage image = Exports.png(Exports.map(
                renderer,
                workspace,
                null,
                ExportFormat.PNG,
                RenderOptions.defaults().withScale(2)));

        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(width * 2));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(height * 2));
        assertThat(distinctColours(image)).isGreaterThan(50);
    }

    @Test
    void textNoFontHoldsIsReplacedInsteadOfFailing() {
        Journey journey = DecoratedSampleWorkspace.journey();
        List<Card> cards = new ArrayList<>(journey.cards());
        cards.add(Card.text(
                "odd",
                "actions",
                "track",
                "Bell \u0007 and emoji \uD83D\uDE00 and Linear B \uD800\uDC00 and <tags> & \"quotes\""));
        Workspace odd = workspace.withJourneys(List.of(journey.withCards(cards)));

        for (ExportFormat format : List.of(ExportFormat.SVG, ExportFormat.PNG, ExportFormat.PDF)) {
            assertThat(Exports.map(renderer, odd, null, format, RenderOptions.defaults()))
                    .isNotEmpty();
        }
        assertThat(svgText(Exports.svg(Exports.map(renderer, odd, null, ExportFormat.SVG, RenderOptions.defaults()))))
                .contains("<tags> & \"quotes\"");
        assertThat(Exports.pdfText(Exports.map(renderer, odd, null, ExportFormat.PDF, RenderOptions.defaults())))
                .contains("<tags> & \"quotes\"");
    }

    @Test
    void unknownJourneyIsRefusedWithItsId() {
        assertThatThrownBy(() -> Exports.map(renderer, workspace, "nope", ExportFormat.SVG, RenderOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nope'");
    }

    @Test
    void pngTooLargeForMemoryIsRefusedBeforeDrawing() {
        assertThatThrownBy(() -> Exports.map(
                        renderer,
                        workspace,
                        null,
                        ExportFormat.PNG,
                        RenderOptions.defaults().withScale(8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
    }

    /** {@code text} as the machine's fonts can draw it in a PDF: characters none holds become the missing mark. */
    private String drawable(String text) {
        StringBuilder shown = new StringBuilder();
        fonts.runs(text, false).forEach(run -> shown.append(run.text()));
        return shown.toString();
    }

    static String svgText(Document svg) {
        NodeList texts = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append(' ');
        }
        return all.toString().replaceAll("\\s+", " ");
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
