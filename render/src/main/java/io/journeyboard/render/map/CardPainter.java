package io.journeyboard.render.map;

import static io.journeyboard.render.map.CardMetrics.BADGE;
import static io.journeyboard.render.map.CardMetrics.BAR_HEIGHT;
import static io.journeyboard.render.map.CardMetrics.DETAIL;
import static io.journeyboard.render.map.CardMetrics.DETAIL_LEADING;
import static io.journeyboard.render.map.CardMetrics.FOOTER;
import static io.journeyboard.render.map.CardMetrics.GAP;
import static io.journeyboard.render.map.CardMetrics.METRIC;
import static io.journeyboard.render.map.CardMetrics.METRIC_LEADING;
import static io.journeyboard.render.map.CardMetrics.PADDING;
import static io.journeyboard.render.map.CardMetrics.RADIUS;
import static io.journeyboard.render.map.CardMetrics.TEXT;
import static io.journeyboard.render.map.CardMetrics.TEXT_LEADING;
import static io.journeyboard.render.map.CardMetrics.TOP_ROW;

import io.journeyboard.render.canvas.Canvas;
import io.journeyboard.render.canvas.PathData;
import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.canvas.Stroke;
import io.journeyboard.render.text.FontSet;
import java.util.Locale;

/** Paints a laid-out card: a white tile with an accent edge, its badge or channel, text and captions. */
final class CardPainter {

    private static final double ACCENT_EDGE = 3;
    private static final int CORNER_STEPS = 6;

    private final FontSet fonts;

    CardPainter(FontSet fonts) {
        this.fonts = fonts;
    }

    void paint(Canvas canvas, CardView card, double x, double y) {
        PathData tile = PathData.roundRect(x, y, card.width(), card.height(), RADIUS);
        canvas.fill(PathData.roundRect(x + 0.6, y + 1.2, card.width(), card.height(), RADIUS), Palette.RULE);
        canvas.fill(tile, Rgb.WHITE);
        canvas.stroke(tile, Stroke.solid(card.accent().tint(0.55), 0.7));
        canvas.fill(accentEdge(x, y, card.height()), card.accent());

        double left = x + PADDING;
        double cursor = y + PADDING;
        if (card.hasTopRow()) {
            topRow(canvas, card, left, cursor);
            cursor += TOP_ROW + GAP;
        }
        dots(canvas, card, x, y);
        for (String line : card.lines()) {
            canvas.text(line, left, cursor + TEXT.size() * 0.93, TEXT);
            cursor += TEXT_LEADING;
        }
        if (!card.details().isEmpty()) {
            cursor += GAP;
            for (String line : card.details()) {
                canvas.text(line, left, cursor + DETAIL.size() * 0.93, DETAIL);
                cursor += DETAIL_LEADING;
            }
        }
        if (!card.metricLines().isEmpty()) {
            cursor += GAP;
            cursor = metric(canvas, card, left, cursor);
        }
        if (card.footer() != null) {
            cursor += GAP;
            canvas.text(card.footer(), left, cursor + FOOTER.size() * 0.93, FOOTER);
        }
    }

    /** The strip of the tile left of {@code x + ACCENT_EDGE}, following its rounded corners. */
    private static PathData accentEdge(double x, double y, double height) {
        PathData edge =
                new PathData().moveTo(x + ACCENT_EDGE, y + height - corner(0)).lineTo(x + ACCENT_EDGE, y + corner(0));
        for (int i = 0; i <= CORNER_STEPS; i++) {
            double dx = ACCENT_EDGE * (1 - (double) i / CORNER_STEPS);
            edge.lineTo(x + dx, y + corner(dx));
        }
        for (int i = CORNER_STEPS; i >= 0; i--) {
            double dx = ACCENT_EDGE * (1 - (double) i / CORNER_STEPS);
            edge.lineTo(x + dx, y + height - corner(dx));
        }
        return edge.close();
    }

    /** How far below the tile's top its rounded outline is at {@code dx} from the left edge (0 past the corner). */
    private static double corner(double dx) {
        double fromCentre = RADIUS - dx;
        return RADIUS - Math.sqrt(Math.max(0, RADIUS * RADIUS - fromCentre * fromCentre));
    }

    private void topRow(Canvas canvas, CardView card, double left, double top) {
        double x = left;
        if (card.channel() != null) {
            double r = TOP_ROW / 2;
            ChannelGlyphs.draw(canvas, card.channel(), x + r, top + r, r);
            x += TOP_ROW + 4;
            canvas.text(
                    ChannelGlyphs.label(card.channel()).toUpperCase(Locale.ROOT),
                    x,
                    top + TOP_ROW / 2 + 2.6,
                    BADGE.withColor(Palette.CHANNEL));
            return;
        }
        badge(canvas, card.badge(), x, top + 1.5, fonts);
    }

    /** Draws a badge pill with its top-left corner at (x, y) and returns its width. */
    static double badge(Canvas canvas, CardView.Badge badge, double x, double y, FontSet fonts) {
        double height = 12;
        double width = fonts.width(badge.label(), BADGE.size(), true) + 10;
        canvas.fill(PathData.roundRect(x, y, width, height, height / 2), badge.color());
        canvas.text(badge.label(), x + 5, y + height / 2 + BADGE.size() * 0.36, BADGE);
        return width;
    }

    /** Draws the KPI lines and its gauge from {@code top}; returns the y below them. */
    private static double metric(Canvas canvas, CardView card, double left, double top) {
        double y = top;
        for (String line : card.metricLines()) {
            canvas.text(line, left, y + METRIC.size() * 0.93, METRIC);
            y += METRIC_LEADING;
        }
        if (card.gauge() != null) {
            double width = card.width() - 2 * PADDING;
            double barY = y + 1;
            canvas.fill(
                    PathData.roundRect(left, barY, width, 3.5, 1.75),
                    card.accent().tint(0.82));
            canvas.fill(
                    PathData.roundRect(
                            left, barY, Math.max(3.5, width * card.gauge().value()), 3.5, 1.75),
                    card.accent());
            double tick = left + width * card.gauge().target();
            canvas.stroke(PathData.line(tick, barY - 1.5, tick, barY + 5), Stroke.solid(Palette.INK, 1.2));
            y += BAR_HEIGHT;
        }
        return y;
    }

    private static void dots(Canvas canvas, CardView card, double x, double y) {
        double cx = x + card.width() - 8;
        for (Rgb dot : card.personaDots()) {
            canvas.fill(PathData.circle(cx, y + 8, 3), dot);
            cx -= 8;
        }
    }
}
