package io.journeyboard.render.map;

import io.journeyboard.model.journey.Channel;
import io.journeyboard.model.journey.Severity;
import io.journeyboard.render.canvas.Canvas;
import io.journeyboard.render.canvas.PathData;
import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.canvas.Stroke;
import io.journeyboard.render.text.FontSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The key under a map: one row per kind of mark actually used (persona curves, channels, pain-point
 * severities), each entry wrapping onto further lines when the row is full.
 */
final class LegendBlock {

    static final double MAX_WIDTH = 940;
    private static final double HEADING_WIDTH = 84;
    private static final double ENTRY_HEIGHT = 18;
    private static final double ENTRY_GAP = 18;

    private record Entry(double width, BiConsumer<Canvas, double[]> painter) {}

    private record Section(String heading, List<Entry> entries) {}

    private final FontSet fonts;
    private final List<Section> sections = new ArrayList<>();
    private final double width;

    LegendBlock(FontSet fonts, double width) {
        this.fonts = fonts;
        this.width = Math.min(MAX_WIDTH, width);
    }

    void personas(List<PersonaChip> chips) {
        List<Entry> entries = new ArrayList<>();
        for (PersonaChip chip : chips) {
            String name = chip.persona().name();
            entries.add(new Entry(30 + textWidth(name), (canvas, at) -> {
                double y = at[1] + ENTRY_HEIGHT / 2;
                canvas.stroke(PathData.line(at[0], y, at[0] + 22, y), Stroke.solid(chip.color(), 2.2));
                canvas.fill(PathData.circle(at[0] + 11, y, 3.4), Rgb.WHITE);
                canvas.stroke(PathData.circle(at[0] + 11, y, 3.4), Stroke.solid(chip.color(), 1.6));
                canvas.text(name, at[0] + 30, y + 3, MapText.LEGEND);
            }));
        }
        add("EMOTION", entries);
    }

    void channels(List<Channel> channels) {
        List<Entry> entries = new ArrayList<>();
        for (Channel channel : channels) {
            String label = ChannelGlyphs.label(channel);
            entries.add(new Entry(20 + textWidth(label), (canvas, at) -> {
                double y = at[1] + ENTRY_HEIGHT / 2;
                ChannelGlyphs.draw(canvas, channel, at[0] + 7, y, 7);
                canvas.text(label, at[0] + 20, y + 3, MapText.LEGEND);
            }));
        }
        add("CHANNELS", entries);
    }

    void severities(List<Severity> severities) {
        List<Entry> entries = new ArrayList<>();
        for (Severity severity : severities) {
            CardView.Badge badge = new CardView.Badge(severity.name(), Palette.severity(severity));
            entries.add(new Entry(
                    fonts.width(severity.name(), CardMetrics.BADGE.size(), true) + 10,
                    (canvas, at) -> CardPainter.badge(canvas, badge, at[0], at[1] + 3, fonts)));
        }
        add("PAIN SEVERITY", entries);
    }

    private void add(String heading, List<Entry> entries) {
        if (!entries.isEmpty()) {
            sections.add(new Section(heading, entries));
        }
    }

    private double textWidth(String text) {
        return fonts.width(text, MapText.LEGEND.size(), false);
    }

    double height() {
        double height = 0;
        for (Section section : sections) {
            height += lines(section) * ENTRY_HEIGHT + 6;
        }
        return sections.isEmpty() ? 0 : height + 16;
    }

    void paint(Canvas canvas, double left, double top) {
        if (sections.isEmpty()) {
            return;
        }
        canvas.stroke(PathData.line(left, top, left + width, top), Stroke.solid(Palette.RULE, 0.8));
        double y = top + 12;
        for (Section section : sections) {
            canvas.text(section.heading(), left, y + ENTRY_HEIGHT / 2 + 3, MapText.LEGEND_HEADING);
            double x = left + HEADING_WIDTH;
            for (Entry entry : section.entries()) {
                if (x + entry.width() > left + width && x > left + HEADING_WIDTH) {
                    x = left + HEADING_WIDTH;
                    y += ENTRY_HEIGHT;
                }
                entry.painter().accept(canvas, new double[] {x, y});
                x += entry.width() + ENTRY_GAP;
            }
            y += ENTRY_HEIGHT + 6;
        }
    }

    private int lines(Section section) {
        int lines = 1;
        double x = HEADING_WIDTH;
        for (Entry entry : section.entries()) {
            if (x + entry.width() > width && x > HEADING_WIDTH) {
                lines++;
                x = HEADING_WIDTH;
            }
            x += entry.width() + ENTRY_GAP;
        }
        return lines;
    }
}
