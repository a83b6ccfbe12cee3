package io.journeyboard.render.persona;

import io.journeyboard.render.canvas.Canvas;
import io.journeyboard.render.canvas.PathData;
import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.canvas.TextStyle;
import io.journeyboard.render.text.LineBreaker;
import java.util.ArrayList;
import java.util.List;

/** One headed list on a persona sheet (goals, needs, frustrations...), its items wrapped as bullets. */
final class PersonaSection {

    static final TextStyle HEADING = TextStyle.bold(9, Rgb.of(0x5f6b7a));
    static final TextStyle ITEM = TextStyle.regular(9.5, Rgb.of(0x1f2933));
    private static final double LEADING = 12.5;
    private static final double ITEM_GAP = 4;
    private static final double HEADING_HEIGHT = 20;
    private static final double BULLET_INDENT = 12;

    private final String heading;
    private final Rgb accent;
    private final List<List<String>> items = new ArrayList<>();
    private final double height;

    PersonaSection(String heading, Rgb accent, List<String> texts, double width, LineBreaker breaker) {
        this.heading = heading;
        this.accent = accent;
        double h = HEADING_HEIGHT;
        for (String text : texts) {
            List<String> lines = breaker.wrap(text, ITEM.size(), false, width - BULLET_INDENT, 6);
            items.add(lines);
            h += lines.size() * LEADING + ITEM_GAP;
        }
        this.height = h + 10;
    }

    double height() {
        return height;
    }

    void paint(Canvas canvas, double x, double y, double width) {
        canvas.fill(PathData.rect(x, y, 22, 2.5), accent);
        canvas.text(heading, x, y + 15, HEADING);
        double cursor = y + HEADING_HEIGHT + 2;
        for (List<String> lines : items) {
            canvas.fill(PathData.circle(x + 3, cursor + 5.5, 1.8), accent);
            for (String line : lines) {
                canvas.text(line, x + BULLET_INDENT, cursor + ITEM.size(), ITEM);
                cursor += LEADING;
            }
            cursor += ITEM_GAP;
        }
    }
}
