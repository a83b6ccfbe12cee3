package io.journeyboard.render.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.analytics.funnel.StageMapping;
import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.LoadedLog;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.analytics.report.AnalyticsOptions;
import io.journeyboard.analytics.report.AnalyticsReport;
import io.journeyboard.analytics.report.JourneyAnalysis;
import io.journeyboard.render.ExportFormat;
import io.journeyboard.render.MapRenderer;
import io.journeyboard.render.RenderOptions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analytics picture of real logs (the repository's data/), checked against the report it draws. */
class AnalyticsPosterTest {

    private static final Path RUNNING_EXAMPLE = Path.of("../data/running-example.csv");
    private static final Path RECEIPT = Path.of("../data/receipt.csv");

    @TempDir
    Path dir;

    private AnalyticsReport report(boolean withFunnel) throws IOException {
        LoadedLog log = EventLogReader.read(RUNNING_EXAMPLE, LogReadOptions.defaults());
        AnalyticsOptions options = AnalyticsOptions.defaults();
        if (withFunnel) {
            Path stages = Files.writeString(dir.resolve("stages.json"), """
                    {"order": "ordered", "stages": [
                      {"name": "Register", "activities": ["register request"]},
                      {"name": "Decide", "activities": ["decide"]},
                      {"name": "Pay", "activities": ["pay compensation"]}]}""");
            options = options.withStages(StageMapping.read(stages));
        }
        return JourneyAnalysis.run(log, options);
    }

    private static String svg(AnalyticsReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MapRenderer()
                .renderAnalytics(
                        report,
                        "Journey analytics: running-example.csv",
                        ExportFormat.SVG,
                        RenderOptions.defaults(),
                        out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void drawsTheFunnelPathsTransitionsAndPainPointsWithTheReportsFigures() throws IOException {
        AnalyticsReport report = report(true);

        String svg = svg(report);

        assertThat(svg).contains("Journey analytics: running-example.csv", "42 events · 6 cases · 8 activities");
        for (var step : report.funnel().steps()) {
            assertThat(svg)
                    .contains(
                            ">" + step.stage() + "<",
                            String.format(Locale.ROOT, "%,d (%.0f%%)", step.cases(), 100 * step.conversionFromStart()));
        }
        var firstVariant = report.variants().top().getFirst();
        assertThat(svg)
                .contains(String.format(
                        Locale.ROOT, "%.1f%% · %,d cases", 100 * firstVariant.share(), firstVariant.cases()));
        var busiest = report.transitions().getFirst();
        assertThat(svg).contains(">" + busiest.from() + "<", ">" + busiest.to() + "<");
        assertThat(svg.contains("Pain points found"))
                .isEqualTo(!report.painPoints().isEmpty());
    }

    @Test
    void listsThePainPointsOfALogThatHasThem() throws IOException {
        AnalyticsReport report = JourneyAnalysis.run(
                EventLogReader.read(RECEIPT, LogReadOptions.defaults()), AnalyticsOptions.defaults());

        String svg = svg(report);

        assertThat(report.painPoints()).isNotEmpty();
        assertThat(svg).contains("Pain points found");
        for (var pain :
                report.painPoints().subList(0, Math.min(6, report.painPoints().size()))) {
            assertThat(svg)
                    .contains(">" + pain.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": ");
        }
    }

    @Test
    void leavesOutTheFunnelWhenNoneWasAskedFor() throws IOException {
        String svg = svg(report(false));

        assertThat(svg).doesNotContain("Funnel").contains("Most common paths", "Busiest transitions");
    }

    @Test
    void pngIsTheSamePictureInPixels() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MapRenderer()
                .renderAnalytics(
                        report(true),
                        "running-example",
                        ExportFormat.PNG,
                        RenderOptions.defaults().withScale(2),
                        out);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(image.getWidth()).isEqualTo((int) Math.round(AnalyticsPoster.WIDTH * 2));
        assertThat(image.getHeight()).isGreaterThan(600);
    }

    @Test
    void refusesFormatsThatAreNotPictures() {
        assertThatThrownBy(() -> new MapRenderer()
                        .renderAnalytics(
                                report(false),
                                "x",
                                ExportFormat.CSV,
                                RenderOptions.defaults(),
                                new ByteArrayOutputStream()))
                .hasMessageContaining("svg, png or pdf");
    }
}
