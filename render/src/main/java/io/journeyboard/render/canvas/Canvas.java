package io.journeyboard.render.canvas;

/**
 * The one drawing surface that layouts paint on; SVG, Java2D (PNG) and PDF implement it, so a map is
 * laid out once and looks the same in every format. Coordinates are points with y growing downward.
 * {@link #save()} and {@link #restore()} bracket transforms and clips, and must be balanced.
 */
public interface Canvas {

    void fill(PathData path, Rgb color);

    void stroke(PathData path, Stroke stroke);

    /** Draws {@code text} on one line starting at {@code x}, with its baseline at {@code baseline}. */
    void text(String text, double x, double baseline, TextStyle style);

    void save();

    void restore();

    void translate(double dx, double dy);

    void scale(double factor);

    /** Limits later drawing to the rectangle, until the matching {@link #restore()}. */
    void clip(double x, double y, double width, double height);
}
