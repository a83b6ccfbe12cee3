package io.journeyboard.render.text;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One TrueType font, known to Java2D for drawing and measuring and to PDF writers for embedding.
 * Advances are measured once per character at unit size, without hinting or kerning, which is how
 * PDF and SVG place glyphs too, so a line measured here has the same width in every format.
 */
public final class FontFace {

    private static final FontRenderContext UNHINTED = new FontRenderContext(new AffineTransform(), true, true);
    private static final float UNIT = 1000f;

    private final String name;
    private final FontOrigin origin;
    private final Font awtFont;
    private final Map<Integer, Float> advances = new ConcurrentHashMap<>();

    FontFace(String name, FontOrigin origin, Font awtFont) {
        this.name = name;
        this.origin = origin;
        this.awtFont = awtFont.deriveFont(UNIT);
    }

    /** A short name for messages and PDF resources. */
    public String name() {
        return name;
    }

    /** Where the font's bytes come from, for embedding. */
    public FontOrigin origin() {
        return origin;
    }

    /** The Java2D font at {@code size} points. */
    public Font awtFont(double size) {
        return awtFont.deriveFont((float) size);
    }

    public boolean canDisplay(int codePoint) {
        return awtFont.canDisplay(codePoint);
    }

    /** Width of {@code text} at {@code size} points. */
    public double width(String text, double size) {
        double total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            total += advances.computeIfAbsent(cp, this::measure);
            i += Character.charCount(cp);
        }
        return total * size / UNIT;
    }

    private float measure(int codePoint) {
        return (float) awtFont.getStringBounds(new String(Character.toChars(codePoint)), UNHINTED)
                .getWidth();
    }

    @Override
    public String toString() {
        return name;
    }
}
