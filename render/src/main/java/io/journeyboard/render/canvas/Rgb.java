package io.journeyboard.render.canvas;

/** An opaque sRGB colour; every target draws the same three channels. */
public record Rgb(int red, int green, int blue) {

    public static final Rgb WHITE = of(0xFFFFFF);

    public Rgb {
        if ((red | green | blue) >>> 8 != 0) {
            throw new IllegalArgumentException("colour channels must be 0..255: " + red + ", " + green + ", " + blue);
        }
    }

    /** The colour written as {@code 0xRRGGBB}. */
    public static Rgb of(int hex) {
        return new Rgb(hex >> 16 & 0xFF, hex >> 8 & 0xFF, hex & 0xFF);
    }

    /** This colour mixed with white: 0 keeps it, 1 gives white; used for the light tints behind lanes. */
    public Rgb tint(double towardWhite) {
        return new Rgb(mix(red, towardWhite), mix(green, towardWhite), mix(blue, towardWhite));
    }

    public String hex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }

    private static int mix(int channel, double towardWhite) {
        return (int) Math.round(channel + (255 - channel) * towardWhite);
    }
}
