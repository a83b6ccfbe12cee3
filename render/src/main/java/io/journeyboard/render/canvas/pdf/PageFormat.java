package io.journeyboard.render.canvas.pdf;

import java.util.Locale;

/** PDF page choices: one page the size of the drawing, or landscape paper the drawing is tiled over. */
public enum PageFormat {
    FIT(0, 0),
    A4(841.89, 595.28),
    A3(1190.55, 841.89);

    private final double width;
    private final double height;

    PageFormat(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The page format named {@code name}, case-insensitively: {@code fit}, {@code a4} or {@code a3}. */
    public static PageFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("page '" + name + "' is not known; use fit, a4 or a3", e);
        }
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }
}
