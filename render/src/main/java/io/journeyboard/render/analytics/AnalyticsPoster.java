package io.journeyboard.render.analytics;

import io.journeyboard.analytics.funnel.FunnelAnalysis;
import io.journeyboard.analytics.painpoints.PainPoint;
import io.journeyboard.analytics.report.AnalyticsReport;
import io.journeyboard.analytics.report.AnalyticsReportText;
import io.journeyboard.analytics.summary.LogSummary;
import io.journeyboard.analytics.transitions.TransitionGraph;
import io.journeyboard.analytics.variants.VariantAnalysis;
import io.journeyboard.render.canvas.Canvas;
import io.journeyboard.render.canvas.Drawing;
import io.journeyboard.render.canvas.PathData;
import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.canvas.TextStyle;
import io.journeyboard.render.map.Palette;
import io.journeyboard.render.text.LineBreaker;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An analytics report as one picture, for people who would rather look than read: the funnel as
 * bars narrowing stage by stage, the most common paths as strips of coloured activity chips (one
 * colour per activity throughout), the busiest transitions with their mean waits, and the pain
 * points found. Sections without data (no funnel asked for, no pain points) are left out.
 */
public final class AnalyticsPoster implements Drawing {

    static final double WIDTH = 1000;
    private static final double MARGIN = 36;
    private static final double INNER = WIDTH - 2 * MARGIN;
    private static final double LABEL_WIDTH = 210;
    private static final double ROW = 30;
    private static final double SECTION_GAP = 34;
    private static final int VARIANTS = 8;
    private static final int TRANSITIONS = 10;
    private static final int PAIN_POINTS = 6;
    private static final int CHIPS = 7;
    private static final double CHIP_WIDTH = 88;
    private static final double CHIP_GAP = 6;
    private static final TextStyle TITLE = TextStyle.bold(20, Palette.INK);
    private static final TextStyle SUBTITLE = TextStyle.regular(11, Palette.MUTED);
    private static final TextStyle HEADING = TextStyle.bold(13, Palette.INK);
    private static final TextStyle LABEL = TextStyle.regular(10, Palette.INK);
    private static final TextStyle PAIN = TextStyle.bold(10, Palette.INK);
    private static final TextStyle FIGURE = TextStyle.regular(9.5, Palette.MUTED);
    private static final TextStyle CHIP = TextStyle.regular(8.5, Rgb.WHITE);
    private static final Rgb TRACK = Rgb.of(0xeef1f5);
    private static final Rgb BAR = Rgb.of(0x4338ca);
    private static final Rgb DROP = Rgb.of(0xdc2626);
    private static final Rgb WAIT = Rgb.of(0x0f7f81);
    private static final List<Rgb> ACTIVITY_COLOURS = List.of(
            Rgb.of(0x4338ca),
            Rgb.of(0x0f766e),
            Rgb.of(0xb45309),
            Rgb.of(0xbe185d),
            Rgb.of(0x1d4ed8),
            Rgb.of(0x15803d),
            Rgb.of(0x7c3aed),
            Rgb.of(0xc2410c),
            Rgb.of(0x0e7490),
            Rgb.of(0x9f1239),
            Rgb.of(0x4d7c0f),
            Rgb.of(0x6d28d9));

    private final AnalyticsReport report;
    private final String title;
    private final LineBreaker breaker;
    private final Map<String, Rgb> activityColours = new HashMap<>();
    private final List<FunnelAnalysis.Step> funnel;
    private final List<VariantAnalysis.Variant> variants;
    private final List<TransitionGraph.Edge> transitions;
    private final List<PainPoint> painPoints;
    private final double height;

    public AnalyticsPoster(AnalyticsReport report, String title, LineBreaker breaker) {
        this.report = report;
        this.title = title;
        this.breaker = breaker;
        this.funnel = report.funnel() == null ? List.of() : report.funnel().steps();
        this.variants = first(report.variants().top(), VARIANTS);
        this.transitions = first(report.transitions(), TRANSITIONS);
        this.painPoints = first(report.painPoints(), PAIN_POINTS);
        this.height = MARGIN
                + 60
                + section(funnel.size())
                + section(variants.size())
                + section(transitions.size())
                + section(painPoints.size())
                + MARGIN;
    }

    private static double section(int rows) {
        return rows == 0 ? 0 : SECTION_GAP + rows * ROW;
    }

    private static <T> List<T> first(List<T> list, int count) {
        return list.subList(0, Math.min(count, list.size()));
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public double width() {
        return WIDTH;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void paint(Canvas canvas) {
        canvas.fill(PathData.rect(0, 0, WIDTH, height), Rgb.WHITE);
        LogSummary summary = report.summary();
        canvas.text(fit(title, TITLE, INNER), MARGIN, MARGIN + 18, TITLE);
        canvas.text(
                String.format(
                        Locale.ROOT,
                        "%,d events · %,d cases · %,d activities · %,d variants · %s to %s",
                        summary.events(),
                        summary.cases(),
                        summary.activities(),
                        summary.variants(),
                        day(summary.firstEvent()),
                        day(summary.lastEvent())),
                MARGIN,
                MARGIN + 38,
                SUBTITLE);
        double y = MARGIN + 60;
        y = paintFunnel(canvas, y);
        y = paintVariants(canvas, y);
        y = paintTransitions(canvas, y);
        paintPainPoints(canvas, y);
    }

    private double paintFunnel(Canvas canvas, double y) {
        if (funnel.isEmpty()) {
            return y;
        }
        y = heading(
                canvas,
                y,
                "Funnel: cases reaching each stage "
                        + switch (report.funnel().order()) {
                            case ORDERED -> "after the previous one";
                            case STRICT -> "directly after the previous one";
                            case ANY -> "in any order";
                        });
        swatch(canvas, WIDTH - MARGIN - 250, y - 10, BAR, "reached");
        swatch(canvas, WIDTH - MARGIN - 170, y - 10, DROP.tint(0.55), "lost since the previous stage");
        long start = Math.max(1, funnel.getFirst().cases());
        double track = INNER - LABEL_WIDTH - 190;
        for (int i = 0; i < funnel.size(); i++) {
            FunnelAnalysis.Step step = funnel.get(i);
            double top = y + i * ROW;
            label(canvas, step.stage() + (step.optional() ? " (optional)" : ""), top);
            double x = MARGIN + LABEL_WIDTH;
            canvas.fill(PathData.roundRect(x, top + 5, track, ROW - 12, 3), TRACK);
            double reached = track * Math.min(1, (double) step.cases() / start);
            canvas.fill(PathData.roundRect(x, top + 5, Math.max(2, reached), ROW - 12, 3), BAR);
            if (step.dropOff() > 0 && i > 0) {
                double lost = track * Math.min(1, (double) step.dropOff() / start);
                canvas.fill(
                        PathData.rect(x + reached, top + 5, Math.min(lost, track - reached), ROW - 12),
                        DROP.tint(0.55));
            }
            String figures = String.format(Locale.ROOT, "%,d (%.0f%%)", step.cases(), 100 * step.conversionFromStart())
                    + (i > 0 ? " · " + AnalyticsReportText.duration(step.medianSecondsToConvert()) + " median" : "");
            canvas.text(figures, x + track + 10, top + ROW / 2 + 3, FIGURE);
        }
        return y + funnel.size() * ROW;
    }

    private double paintVariants(Canvas canvas, double y) {
        if (variants.isEmpty()) {
            return y;
        }
        y = heading(
                canvas,
                y,
                "Most common paths (of "
                        + String.format(Locale.ROOT, "%,d", report.variants().variantCount()) + " variants)");
        for (int i = 0; i < variants.size(); i++) {
            VariantAnalysis.Variant variant = variants.get(i);
            double top = y + i * ROW;
            canvas.text(
                    String.format(Locale.ROOT, "%.1f%% · %,d cases", 100 * variant.share(), variant.cases()),
                    MARGIN,
                    top + ROW / 2 + 3,
                    LABEL);
            double x = MARGIN + 120;
            List<String> activities = variant.activities();
            for (int a = 0; a < Math.min(CHIPS, activities.size()); a++) {
                String activity = activities.get(a);
                canvas.fill(PathData.roundRect(x, top + 4, CHIP_WIDTH, ROW - 10, 4), colourOf(activity));
                canvas.text(fit(activity, CHIP, CHIP_WIDTH - 10), x + 5, top + ROW / 2 + 3, CHIP);
                x += CHIP_WIDTH + CHIP_GAP;
            }
            if (activities.size() > CHIPS) {
                canvas.text("+" + (activities.size() - CHIPS) + " more", x + 2, top + ROW / 2 + 3, FIGURE);
            }
        }
        return y + variants.size() * ROW;
    }

    private double paintTransitions(Canvas canvas, double y) {
        if (transitions.isEmpty()) {
            return y;
        }
        y = heading(canvas, y, "Busiest transitions (count, mean wait)");
        long most = Math.max(1, transitions.getFirst().count());
        double columns = INNER - 2 * LABEL_WIDTH - 40;
        for (int i = 0; i < transitions.size(); i++) {
            TransitionGraph.Edge edge = transitions.get(i);
            double top = y + i * ROW;
            canvas.text(fit(edge.from(), LABEL, LABEL_WIDTH - 10), MARGIN, top + ROW / 2 + 3, LABEL);
            canvas.text("→", MARGIN + LABEL_WIDTH - 6, top + ROW / 2 + 3, FIGURE);
            canvas.text(fit(edge.to(), LABEL, LABEL_WIDTH - 10), MARGIN + LABEL_WIDTH + 10, top + ROW / 2 + 3, LABEL);
            double x = MARGIN + 2 * LABEL_WIDTH + 20;
            double bar = (columns - 150) * edge.count() / most;
            canvas.fill(PathData.roundRect(x, top + 7, Math.max(2, bar), ROW - 16, 3), WAIT);
            canvas.text(
                    String.format(
                            Locale.ROOT, "%,d · %s", edge.count(), AnalyticsReportText.duration(edge.meanSeconds())),
                    x + bar + 8,
                    top + ROW / 2 + 3,
                    FIGURE);
        }
        return y + transitions.size() * ROW;
    }

    private void paintPainPoints(Canvas canvas, double y) {
        if (painPoints.isEmpty()) {
            return;
        }
        y = heading(canvas, y, "Pain points found");
        for (int i = 0; i < painPoints.size(); i++) {
            PainPoint pain = painPoints.get(i);
            double top = y + i * ROW;
            canvas.fill(PathData.circle(MARGIN + 5, top + ROW / 2, 4), DROP);
            String kind = pain.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            canvas.text(
                    fit(kind + ": " + pain.subject(), PAIN, LABEL_WIDTH + 80), MARGIN + 16, top + ROW / 2 + 3, PAIN);
            canvas.text(
                    fit(pain.why(), FIGURE, INNER - LABEL_WIDTH - 110),
                    MARGIN + LABEL_WIDTH + 110,
                    top + ROW / 2 + 3,
                    FIGURE);
        }
    }

    private double heading(Canvas canvas, double y, String text) {
        double top = y + SECTION_GAP;
        canvas.text(text, MARGIN, top - 10, HEADING);
        canvas.fill(PathData.rect(MARGIN, top - 4, INNER, 1), Palette.RULE);
        return top;
    }

    private void swatch(Canvas canvas, double x, double baseline, Rgb colour, String meaning) {
        canvas.fill(PathData.roundRect(x, baseline - 8, 10, 10, 2), colour);
        canvas.text(meaning, x + 14, baseline, FIGURE);
    }

    private void label(Canvas canvas, String text, double top) {
        canvas.text(fit(text, LABEL, LABEL_WIDTH - 12), MARGIN, top + ROW / 2 + 3, LABEL);
    }

    private String fit(String text, TextStyle style, double width) {
        return breaker.fitOneLine(text, style.size(), style.bold(), width);
    }

    /** Activities keep one colour across the poster, in the order they are first drawn. */
    private Rgb colourOf(String activity) {
        return activityColours.computeIfAbsent(
                activity, a -> ACTIVITY_COLOURS.get(activityColours.size() % ACTIVITY_COLOURS.size()));
    }

    private static String day(String timestamp) {
        return timestamp == null || timestamp.length() < 10 ? "?" : timestamp.substring(0, 10);
    }
}
