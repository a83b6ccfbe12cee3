package io.journeyboard.render.map;

import io.journeyboard.model.persona.Persona;
import io.journeyboard.render.canvas.Canvas;
import io.journeyboard.render.canvas.PathData;
import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.canvas.TextStyle;
import io.journeyboard.render.text.FontSet;
import io.journeyboard.render.text.LineBreaker;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A persona's initials in its colour, beside its name and segment: the map's persona strip and legend. */
record PersonaChip(Persona persona, Rgb color, String segment, double width) {

    static final double HEIGHT = 28;
    private static final double AVATAR = 12;

    static PersonaChip of(Persona persona, Rgb color, FontSet fonts) {
        String segment = persona.segment() == null ? "" : persona.segment();
        double text = Math.max(
                fonts.width(persona.name(), MapText.PERSONA_NAME.size(), true),
                fonts.width(segment, MapText.PERSONA_SEGMENT.size(), false));
        return new PersonaChip(persona, color, segment, 2 * AVATAR + 8 + Math.min(text, 260) + 14);
    }

    void paint(Canvas canvas, double x, double y, LineBreaker breaker) {
        avatar(canvas, persona.name(), color, x + AVATAR, y + HEIGHT / 2, AVATAR, breaker.fonts());
        double textX = x + 2 * AVATAR + 8;
        double maxWidth = width - 2 * AVATAR - 8 - 14;
        canvas.text(
                breaker.fitOneLine(persona.name(), MapText.PERSONA_NAME.size(), true, maxWidth),
                textX,
                y + 12,
                MapText.PERSONA_NAME);
        canvas.text(
                breaker.fitOneLine(segment, MapText.PERSONA_SEGMENT.size(), false, maxWidth),
                textX,
                y + 24,
                MapText.PERSONA_SEGMENT);
    }

    /** A disc in the persona's colour holding its initials. */
    static void avatar(Canvas canvas, String name, Rgb color, double cx, double cy, double r, FontSet fonts) {
        canvas.fill(PathData.circle(cx, cy, r), color);
        String initials = initials(name);
        TextStyle style = TextStyle.bold(r * 0.9, Rgb.WHITE);
        canvas.text(initials, cx - fonts.width(initials, style.size(), true) / 2, cy + style.size() * 0.36, style);
    }

    static String initials(String name) {
        return Arrays.stream(name.strip().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .limit(2)
                .map(word -> word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining());
    }
}
