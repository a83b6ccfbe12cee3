package io.journeyboard.render.map;

import io.journeyboard.model.journey.Channel;
import io.journeyboard.render.canvas.Rgb;
import java.util.List;

/**
 * A card or opportunity laid out for a cell: its wrapped lines and decorations, ready to paint.
 *
 * @param badge       a coloured pill above the text (severity, opportunity status), or null
 * @param channel     the touchpoint's channel, drawn as an icon beside the badge row, or null
 * @param metricLines a KPI's figure against its target; empty on other cards
 * @param gauge       a KPI's value and target on one scale, or null when either is unknown
 * @param footer      a small caption under the text (evidence count, scores), or null
 * @param personaDots colours of the personas the card is limited to
 */
public record CardView(
        double width,
        double height,
        Rgb accent,
        Badge badge,
        Channel channel,
        List<String> lines,
        List<String> details,
        List<String> metricLines,
        Gauge gauge,
        String footer,
        List<Rgb> personaDots) {

    /**
     * A KPI drawn as a bullet graph: a bar to the value and a tick at the target, both as shares of
     * the larger of the two. It says nothing about which direction is better, which a KPI does not record.
     */
    public record Gauge(double value, double target) {}

    /** A short upper-case label in a filled pill. */
    public record Badge(String label, Rgb color) {}

    public CardView {
        lines = List.copyOf(lines);
        details = List.copyOf(details);
        metricLines = List.copyOf(metricLines);
        personaDots = List.copyOf(personaDots);
    }

    boolean hasTopRow() {
        return badge != null || channel != null;
    }
}
