package io.journeyboard.render.canvas;

/** How an outline is stroked: colour, width and an optional dash length (0 for solid). */
public record Stroke(Rgb color, double width, double dash) {

    public static Stroke solid(Rgb color, double width) {
        return new Stroke(color, width, 0);
    }

    public static Stroke dashed(Rgb color, double width, double dash) {
        return new Stroke(color, width, dash);
    }
}
