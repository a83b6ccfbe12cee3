package io.journeyboard.render.map;

import static io.journeyboard.render.map.CardMetrics.DETAIL;
import static io.journeyboard.render.map.CardMetrics.DETAIL_LEADING;
import static io.journeyboard.render.map.CardMetrics.DETAIL_MAX_LINES;
import static io.journeyboard.render.map.CardMetrics.FOOTER_LEADING;
import static io.journeyboard.render.map.CardMetrics.GAP;
import static io.journeyboard.render.map.CardMetrics.PADDING;
import static io.journeyboard.render.map.CardMetrics.TEXT;
import static io.journeyboard.render.map.CardMetrics.TEXT_LEADING;
import static io.journeyboard.render.map.CardMetrics.TEXT_MAX_LINES;
import static io.journeyboard.render.map.CardMetrics.TOP_ROW;

import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Channel;
import io.journeyboard.model.journey.Metric;
import io.journeyboard.model.opportunity.Opportunity;
import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.text.LineBreaker;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Lays out cards and opportunities at a given width: wraps their text and measures their height. */
final class CardViews {

    private final LineBreaker breaker;
    private final Map<String, Rgb> personaColors;
    private final boolean showPersonaDots;

    CardViews(LineBreaker breaker, Map<String, Rgb> personaColors) {
        this.breaker = breaker;
        this.personaColors = personaColors;
        this.showPersonaDots = personaColors.size() > 1;
    }

    CardView card(Card card, Rgb accent, double width) {
        CardView.Badge badge = card.severity() == null
                ? null
                : new CardView.Badge(card.severity().name(), Palette.severity(card.severity()));
        String metricLine = card.metric() == null ? null : metricLine(card.metric());
        CardView.Gauge gauge = card.metric() == null ? null : gauge(card.metric());
        String footer = card.evidenceIds().isEmpty()
                ? null
                : card.evidenceIds().size() == 1
                        ? "1 source"
                        : card.evidenceIds().size() + " sources";
        List<Rgb> dots = showPersonaDots
                ? card.personaIds().stream()
                        .map(personaColors::get)
                        .filter(c -> c != null)
                        .toList()
                : List.of();
        return build(
                width, accent, badge, card.channel(), card.text(), card.details(), metricLine, gauge, footer, dots);
    }

    CardView opportunity(Opportunity opportunity, Rgb accent, double width) {
        CardView.Badge badge = opportunity.status() == null
                ? null
                : new CardView.Badge(opportunity.status().name().replace('_', ' '), accent);
        String footer = "Value/effort " + number(opportunity.valueEffortRatio())
                + (opportunity.reach() == null ? "" : "  ·  RICE " + number(opportunity.riceScore()));
        return build(
                width,
                accent,
                badge,
                null,
                opportunity.title(),
                opportunity.description(),
                null,
                null,
                footer,
                List.of());
    }

    private CardView build(
            double width,
            Rgb accent,
            CardView.Badge badge,
            Channel channel,
            String text,
            String details,
            String metricLine,
            CardView.Gauge gauge,
            String footer,
            List<Rgb> dots) {
        double inner = width - 2 * PADDING;
        boolean topRow = badge != null || channel != null;
        // Persona dots sit in the top-right corner; without a badge row the text must keep clear of them.
        double textWidth = topRow || dots.isEmpty() ? inner : inner - dots.size() * 8 - 4;
        List<String> lines = breaker.wrap(text, TEXT.size(), false, textWidth, TEXT_MAX_LINES);
        List<String> detailLines = breaker.wrap(details, DETAIL.size(), false, inner, DETAIL_MAX_LINES);
        double height = PADDING + lines.size() * TEXT_LEADING + PADDING - 3;
        if (topRow) {
            height += TOP_ROW + GAP;
        }
        if (!detailLines.isEmpty()) {
            height += GAP + detailLines.size() * DETAIL_LEADING;
        }
        List<String> metricLines =
                metricLine == null ? List.of() : breaker.wrap(metricLine, CardMetrics.METRIC.size(), true, inner, 2);
        if (!metricLines.isEmpty()) {
            height += GAP
                    + metricLines.size() * CardMetrics.METRIC_LEADING
                    + (gauge == null ? 0 : CardMetrics.BAR_HEIGHT);
        }
        if (footer != null) {
            height += GAP + FOOTER_LEADING;
        }
        String shownFooter =
                footer == null ? null : breaker.fitOneLine(footer, CardMetrics.FOOTER.size(), false, inner);
        return new CardView(
                width, height, accent, badge, channel, lines, detailLines, metricLines, gauge, shownFooter, dots);
    }

    private static String metricLine(Metric metric) {
        String unit = metric.unit() == null ? "" : metric.unit();
        String value = metric.value() == null ? "not measured" : withUnit(metric.value(), unit);
        String target = metric.target() == null ? "" : "  ·  target " + withUnit(metric.target(), unit);
        String name = metric.name() == null || metric.name().isBlank() ? "" : metric.name() + ": ";
        return name + value + target;
    }

    private static CardView.Gauge gauge(Metric metric) {
        if (metric.value() == null || metric.target() == null || metric.value() < 0 || metric.target() < 0) {
            return null;
        }
        double scale = Math.max(metric.value(), metric.target()) * 1.1;
        return scale == 0 ? null : new CardView.Gauge(metric.value() / scale, metric.target() / scale);
    }

    private static String withUnit(double value, String unit) {
        if (unit.isEmpty()) {
            return number(value);
        }
        return unit.equals("%") ? number(value) + "%" : number(value) + " " + unit;
    }

    static String number(double value) {
        DecimalFormat format = new DecimalFormat(
                Math.abs(value) >= 100 ? "#,##0" : "#,##0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(value);
    }

    /** Stacks views vertically with a gap; the total height of a cell's content. */
    static double stackHeight(List<CardView> views, double gap) {
        double total = 0;
        for (CardView view : views) {
            total += view.height();
        }
        return total + gap * Math.max(0, views.size() - 1);
    }
}
