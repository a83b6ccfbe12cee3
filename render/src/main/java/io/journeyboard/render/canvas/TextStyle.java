package io.journeyboard.render.canvas;

/** Size in points, weight and colour of a run of text. */
public record TextStyle(double size, boolean bold, Rgb color) {

    public static TextStyle regular(double size, Rgb color) {
        return new TextStyle(size, false, color);
    }

    public static TextStyle bold(double size, Rgb color) {
        return new TextStyle(size, true, color);
    }

    public TextStyle withColor(Rgb newColor) {
        return new TextStyle(size, bold, newColor);
    }
}
