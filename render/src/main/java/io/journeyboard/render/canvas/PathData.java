package io.journeyboard.render.canvas;

import java.util.ArrayList;
import java.util.List;

/**
 * A vector outline in drawing coordinates (y grows downward): straight and cubic segments, which SVG,
 * Java2D and PDF all draw natively. Built with the fluent methods or the shape factories.
 */
public final class PathData {

    /** One drawing operation; {@code points} holds x,y pairs (one pair for move/line, three for cubic). */
    public record Segment(Kind kind, double[] points) {}

    public enum Kind {
        MOVE,
        LINE,
        CUBIC,
        CLOSE
    }

    /** Control-point distance that makes four cubic segments a circle. */
    private static final double KAPPA = 0.5522847498;

    private final List<Segment> segments = new ArrayList<>();

    public PathData moveTo(double x, double y) {
        segments.add(new Segment(Kind.MOVE, new double[] {x, y}));
        return this;
    }

    public PathData lineTo(double x, double y) {
        segments.add(new Segment(Kind.LINE, new double[] {x, y}));
        return this;
    }

    public PathData cubicTo(double x1, double y1, double x2, double y2, double x, double y) {
        segments.add(new Segment(Kind.CUBIC, new double[] {x1, y1, x2, y2, x, y}));
        return this;
    }

    public PathData close() {
        segments.add(new Segment(Kind.CLOSE, new double[0]));
        return this;
    }

    public List<Segment> segments() {
        return List.copyOf(segments);
    }

    public static PathData rect(double x, double y, double width, double height) {
        return new PathData()
                .moveTo(x, y)
                .lineTo(x + width, y)
                .lineTo(x + width, y + height)
                .lineTo(x, y + height)
                .close();
    }

    public static PathData roundRect(double x, double y, double width, double height, double radius) {
        double r = Math.min(radius, Math.min(width, height) / 2);
        if (r <= 0) {
            return rect(x, y, width, height);
        }
        double k = r * KAPPA;
        double right = x + width;
        double bottom = y + height;
        return new PathData()
                .moveTo(x + r, y)
                .lineTo(right - r, y)
                .cubicTo(right - r + k, y, right, y + r - k, right, y + r)
                .lineTo(right, bottom - r)
                .cubicTo(right, bottom - r + k, right - r + k, bottom, right - r, bottom)
                .lineTo(x + r, bottom)
                .cubicTo(x + r - k, bottom, x, bottom - r + k, x, bottom - r)
                .lineTo(x, y + r)
                .cubicTo(x, y + r - k, x + r - k, y, x + r, y)
                .close();
    }

    public static PathData ellipse(double cx, double cy, double rx, double ry) {
        double kx = rx * KAPPA;
        double ky = ry * KAPPA;
        return new PathData()
                .moveTo(cx + rx, cy)
                .cubicTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry)
                .cubicTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy)
                .cubicTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry)
                .cubicTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy)
                .close();
    }

    public static PathData circle(double cx, double cy, double r) {
        return ellipse(cx, cy, r, r);
    }

    public static PathData line(double x1, double y1, double x2, double y2) {
        return new PathData().moveTo(x1, y1).lineTo(x2, y2);
    }

    /** An open polyline through {@code xy} pairs. */
    public static PathData polyline(double... xy) {
        PathData path = new PathData().moveTo(xy[0], xy[1]);
        for (int i = 2; i + 1 < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        return path;
    }

    /** A closed polygon through {@code xy} pairs. */
    public static PathData polygon(double... xy) {
        return polyline(xy).close();
    }
}
