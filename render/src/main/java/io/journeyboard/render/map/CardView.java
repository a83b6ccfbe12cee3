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
 * @param progress    the KPI's value as a share of its target (0..1), or null when either is unknown
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
        Double progress,
        String footer,
        List<Rgb> personaDots) {

    /** A short upper-case label in a filled pill. */
    public record Badge(String label, Rgb color) {
    }

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
