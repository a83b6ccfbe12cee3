package io.journeyboard.render.map;

import io.journeyboard.model.journey.Channel;
import io.journeyboard.render.canvas.Canvas;
import io.journeyboard.render.canvas.PathData;
import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.canvas.Stroke;
import java.util.Locale;

/**
 * Channel icons as simple vector glyphs: white line drawings in a coloured disc, so they stay sharp
 * at any zoom and in every format. Each glyph is drawn in a box of half-width {@code s} around the centre.
 */
public final class ChannelGlyphs {

    private ChannelGlyphs() {}

    /** Draws the icon of {@code channel} as a disc of radius {@code r} centred on (cx, cy). */
    public static void draw(Canvas canvas, Channel channel, double cx, double cy, double r) {
        canvas.fill(PathData.circle(cx, cy, r), Palette.CHANNEL);
        double s = r * 0.55;
        Stroke line = Stroke.solid(Rgb.WHITE, Math.max(0.8, r * 0.13));
        switch (channel) {
            case WEB -> {
                canvas.stroke(PathData.circle(cx, cy, s), line);
                canvas.stroke(PathData.ellipse(cx, cy, s * 0.45, s), line);
                canvas.stroke(PathData.line(cx - s, cy, cx + s, cy), line);
            }
            case APP -> {
                canvas.stroke(PathData.roundRect(cx - s * 0.55, cy - s, s * 1.1, s * 2, s * 0.2), line);
                canvas.fill(PathData.circle(cx, cy + s * 0.7, s * 0.12), Rgb.WHITE);
            }
            case STORE, KIOSK -> storefront(canvas, channel, cx, cy, s, line);
            case PHONE ->
                canvas.stroke(
                        new PathData()
                                .moveTo(cx - s * 0.7, cy - s * 0.9)
                                .cubicTo(
                                        cx - s * 1.1,
                                        cy + s * 0.1,
                                        cx - s * 0.1,
                                        cy + s * 1.1,
                                        cx + s * 0.9,
                                        cy + s * 0.7)
                                .lineTo(cx + s * 0.55, cy + s * 0.2)
                                .lineTo(cx + s * 0.15, cy + s * 0.4)
                                .cubicTo(cx - s * 0.2, cy + s * 0.2, cx - s * 0.4, cy, cx - s * 0.4, cy - s * 0.15)
                                .lineTo(cx - s * 0.2, cy - s * 0.55)
                                .close(),
                        line);
            case EMAIL, MAIL -> envelope(canvas, channel, cx, cy, s, line);
            case CHAT, SMS -> bubble(canvas, channel, cx, cy, s, line);
            case SOCIAL -> {
                canvas.stroke(
                        PathData.polyline(cx + s * 0.6, cy - s * 0.6, cx - s * 0.6, cy, cx + s * 0.6, cy + s * 0.6),
                        line);
                for (double[] p : new double[][] {{0.6, -0.6}, {-0.6, 0}, {0.6, 0.6}}) {
                    canvas.fill(PathData.circle(cx + s * p[0], cy + s * p[1], s * 0.32), Rgb.WHITE);
                }
            }
            case IN_PERSON -> {
                canvas.fill(PathData.circle(cx, cy - s * 0.45, s * 0.38), Rgb.WHITE);
                canvas.fill(
                        new PathData()
                                .moveTo(cx - s * 0.8, cy + s)
                                .cubicTo(cx - s * 0.8, cy + s * 0.1, cx + s * 0.8, cy + s * 0.1, cx + s * 0.8, cy + s)
                                .close(),
                        Rgb.WHITE);
            }
            case ADVERTISING ->
                canvas.stroke(
                        PathData.polygon(
                                cx - s * 0.9,
                                cy - s * 0.3,
                                cx - s * 0.3,
                                cy - s * 0.3,
                                cx + s * 0.8,
                                cy - s * 0.9,
                                cx + s * 0.8,
                                cy + s * 0.9,
                                cx - s * 0.3,
                                cy + s * 0.3,
                                cx - s * 0.9,
                                cy + s * 0.3),
                        line);
            case PARTNER -> {
                canvas.stroke(PathData.circle(cx - s * 0.38, cy, s * 0.6), line);
                canvas.stroke(PathData.circle(cx + s * 0.38, cy, s * 0.6), line);
            }
            case OTHER -> {
                for (int i = -1; i <= 1; i++) {
                    canvas.fill(PathData.circle(cx + i * s * 0.6, cy, s * 0.18), Rgb.WHITE);
                }
            }
        }
    }

    private static void storefront(Canvas canvas, Channel channel, double cx, double cy, double s, Stroke line) {
        if (channel == Channel.KIOSK) {
            canvas.stroke(PathData.rect(cx - s * 0.7, cy - s, s * 1.4, s * 1.1), line);
            canvas.stroke(PathData.line(cx, cy + s * 0.1, cx, cy + s * 0.9), line);
            canvas.stroke(PathData.line(cx - s * 0.5, cy + s * 0.9, cx + s * 0.5, cy + s * 0.9), line);
            return;
        }
        canvas.stroke(
                PathData.polyline(
                        cx - s * 0.8,
                        cy - s * 0.2,
                        cx - s * 0.8,
                        cy + s * 0.85,
                        cx + s * 0.8,
                        cy + s * 0.85,
                        cx + s * 0.8,
                        cy - s * 0.2),
                line);
        canvas.stroke(
                PathData.polygon(
                        cx - s,
                        cy - s * 0.2,
                        cx - s * 0.7,
                        cy - s * 0.85,
                        cx + s * 0.7,
                        cy - s * 0.85,
                        cx + s,
                        cy - s * 0.2),
                line);
        canvas.stroke(PathData.rect(cx - s * 0.25, cy + s * 0.25, s * 0.5, s * 0.6), line);
    }

    private static void envelope(Canvas canvas, Channel channel, double cx, double cy, double s, Stroke line) {
        canvas.stroke(PathData.rect(cx - s, cy - s * 0.65, s * 2, s * 1.3), line);
        canvas.stroke(PathData.polyline(cx - s, cy - s * 0.65, cx, cy + s * 0.1, cx + s, cy - s * 0.65), line);
        if (channel == Channel.MAIL) {
            canvas.fill(PathData.rect(cx + s * 0.45, cy + s * 0.15, s * 0.35, s * 0.35), Rgb.WHITE);
        }
    }

    private static void bubble(Canvas canvas, Channel channel, double cx, double cy, double s, Stroke line) {
        canvas.stroke(
                new PathData()
                        .moveTo(cx - s * 0.5, cy + s * 0.45)
                        .lineTo(cx - s * 0.75, cy + s * 0.95)
                        .lineTo(cx - s * 0.05, cy + s * 0.45),
                line);
        canvas.stroke(PathData.roundRect(cx - s, cy - s * 0.8, s * 2, s * 1.25, s * 0.35), line);
        if (channel == Channel.SMS) {
            for (int i = -1; i <= 1; i++) {
                canvas.fill(PathData.circle(cx + i * s * 0.5, cy - s * 0.18, s * 0.13), Rgb.WHITE);
            }
        }
    }

    /** The channel's name as readers see it: {@code IN_PERSON} becomes "In person". */
    public static String label(Channel channel) {
        if (channel == Channel.SMS) {
            return "SMS";
        }
        String words = channel.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
