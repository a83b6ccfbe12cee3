package io.journeyboard.render.persona;

import io.journeyboard.model.journey.Channel;
import io.journeyboard.model.persona.Attribute;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.render.canvas.Canvas;
import io.journeyboard.render.canvas.Drawing;
import io.journeyboard.render.canvas.PathData;
import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.canvas.Stroke;
import io.journeyboard.render.canvas.TextStyle;
import io.journeyboard.render.map.ChannelGlyphs;
import io.journeyboard.render.map.Palette;
import io.journeyboard.render.text.LineBreaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A persona on one landscape page: a profile column (initials, name, segment, quote, facts,
 * preferred channels) beside two columns of goals, needs, motivations, frustrations and behaviours.
 */
public final class PersonaSheet implements Drawing {

    static final double WIDTH = 842;
    static final double MIN_HEIGHT = 595;
    static final double MARGIN = 36;
    static final double PROFILE_WIDTH = 230;
    private static final double FACT_LABEL_WIDTH = 92;
    private static final double FACT_LEADING = 12.5;
    private static final double FACT_GAP = 4;
    private static final TextStyle NAME = TextStyle.bold(20, Palette.INK);
    private static final TextStyle SEGMENT = TextStyle.regular(11, Palette.MUTED);
    private static final TextStyle QUOTE = TextStyle.regular(10.5, Palette.INK);
    private static final TextStyle LABEL = TextStyle.bold(8.5, Palette.MUTED);
    private static final TextStyle VALUE = TextStyle.regular(9.5, Palette.INK);
    private static final TextStyle FOOTER = TextStyle.regular(7.5, Palette.FAINT);

    private final Persona persona;
    private final Rgb color;
    private final LineBreaker breaker;
    private final List<String> quote;
    private final List<List<String>> factValues = new ArrayList<>();
    private final List<String> description;
    private final List<PersonaSection> left = new ArrayList<>();
    private final List<PersonaSection> right = new ArrayList<>();
    private final double columnWidth;
    private final double height;
    private final String footer;

    PersonaSheet(
            Persona persona,
            Rgb color,
            List<PersonaSection> sections,
            List<String> description,
            double columnWidth,
            LineBreaker breaker,
            String footer) {
        this.persona = persona;
        this.color = color;
        this.breaker = breaker;
        this.description = List.copyOf(description);
        this.columnWidth = columnWidth;
        this.footer = footer;
        this.quote = breaker.wrap(
                persona.quote() == null ? null : "\u201C" + persona.quote().strip() + "\u201D",
                QUOTE.size(),
                false,
                PROFILE_WIDTH - 24,
                8);
        for (Attribute fact : persona.demographics()) {
            factValues.add(breaker.wrap(fact.value(), VALUE.size(), false, PROFILE_WIDTH - FACT_LABEL_WIDTH, 3));
        }
        double leftHeight = 0;
        double rightHeight = 0;
        for (PersonaSection section : sections) {
            if (leftHeight <= rightHeight) {
                left.add(section);
                leftHeight += section.height();
            } else {
                right.add(section);
                rightHeight += section.height();
            }
        }
        double content = contentTop() + Math.max(leftHeight, rightHeight);
        this.height = Math.max(MIN_HEIGHT, Math.max(content, profileBottom()) + MARGIN + 16);
    }

    @Override
    public String title() {
        return persona.name();
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
        canvas.fill(PathData.rect(0, 0, MARGIN + PROFILE_WIDTH + 12, height), color.tint(0.92));
        canvas.fill(PathData.rect(0, 0, WIDTH, 6), color);
        profile(canvas);
        double x = MARGIN + PROFILE_WIDTH + 40;
        double y = MARGIN + 4;
        for (String line : description) {
            canvas.text(line, x, y + 10, VALUE);
            y += 14;
        }
        column(canvas, left, x, contentTop());
        column(canvas, right, x + columnWidth + 24, contentTop());
        canvas.text(footer, MARGIN, height - MARGIN + 8, FOOTER);
    }

    private double contentTop() {
        return MARGIN + 4 + description.size() * 14 + (description.isEmpty() ? 0 : 14);
    }

    private void column(Canvas canvas, List<PersonaSection> sections, double x, double y) {
        double cursor = y;
        for (PersonaSection section : sections) {
            section.paint(canvas, x, cursor, columnWidth);
            cursor += section.height();
        }
    }

    private void profile(Canvas canvas) {
        double x = MARGIN;
        double r = 34;
        avatar(canvas, x + r, MARGIN + r + 4, r);
        double y = MARGIN + 2 * r + 34;
        canvas.text(breaker.fitOneLine(persona.name(), NAME.size(), true, PROFILE_WIDTH), x, y, NAME);
        y += 18;
        if (persona.segment() != null) {
            for (String line : breaker.wrap(persona.segment(), SEGMENT.size(), false, PROFILE_WIDTH, 2)) {
                canvas.text(line, x, y, SEGMENT);
                y += 14;
            }
        }
        y += 10;
        if (!quote.isEmpty()) {
            double boxHeight = quote.size() * 14 + 16;
            canvas.fill(PathData.roundRect(x, y, PROFILE_WIDTH, boxHeight, 6), Rgb.WHITE);
            canvas.fill(PathData.rect(x, y, 3, boxHeight), color);
            double line = y + 20;
            for (String text : quote) {
                canvas.text(text, x + 14, line, QUOTE);
                line += 14;
            }
            y += boxHeight + 16;
        }
        for (int i = 0; i < persona.demographics().size(); i++) {
            String label = persona.demographics().get(i).label().toUpperCase(Locale.ROOT);
            canvas.text(breaker.fitOneLine(label, LABEL.size(), true, FACT_LABEL_WIDTH - 6), x, y, LABEL);
            for (String line : factValues.get(i)) {
                canvas.text(line, x + FACT_LABEL_WIDTH, y, VALUE);
                y += FACT_LEADING;
            }
            y += FACT_GAP;
        }
        if (!persona.channels().isEmpty()) {
            y += 10;
            canvas.text("PREFERRED CHANNELS", x, y, LABEL);
            y += 8;
            for (Channel channel : persona.channels()) {
                ChannelGlyphs.draw(canvas, channel, x + 8, y + 9, 8);
                canvas.text(ChannelGlyphs.label(channel), x + 24, y + 12.5, VALUE);
                y += 20;
            }
        }
    }

    private double profileBottom() {
        double y = MARGIN + 68 + 34 + 18 + 28 + 10;
        y += quote.isEmpty() ? 0 : quote.size() * 14 + 32;
        y += factValues.stream()
                .mapToDouble(lines -> Math.max(1, lines.size()) * FACT_LEADING + FACT_GAP)
                .sum();
        y += persona.channels().isEmpty() ? 0 : 18 + persona.channels().size() * 20;
        return y;
    }

    private void avatar(Canvas canvas, double cx, double cy, double r) {
        canvas.fill(PathData.circle(cx, cy, r), color);
        canvas.stroke(PathData.circle(cx, cy, r + 3), Stroke.solid(color.tint(0.6), 1.2));
        String initials = initials(persona.name());
        TextStyle style = TextStyle.bold(r * 0.8, Rgb.WHITE);
        canvas.text(
                initials,
                cx - breaker.fonts().width(initials, style.size(), true) / 2,
                cy + style.size() * 0.36,
                style);
    }

    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!word.isEmpty() && initials.codePointCount(0, initials.length()) < 2) {
                initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return initials.toString();
    }
}
