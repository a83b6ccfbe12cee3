package io.journeyboard.render.canvas;

import io.journeyboard.render.text.FontSet;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Passes on only what can be seen inside a rectangle of the drawing, so that a page showing part
 * of a map holds only that part: smaller files, and text extraction that finds each card once.
 * Bounds are tested in the drawing's coordinates, following its own translations and scales.
 */
public final class CullingCanvas implements Canvas {

    private final Canvas target;
    private final FontSet fonts;
    private final double left;
    private final double top;
    private final double right;
    private final double bottom;
    private final Deque<double[]> saved = new ArrayDeque<>();
    /** The current transform from painting coordinates to the drawing's: scale, then offset. */
    private double scale = 1;

    private double dx;
    private double dy;

    public CullingCanvas(Canvas target, FontSet fonts, double x, double y, double width, double height) {
        this.target = target;
        this.fonts = fonts;
        this.left = x;
        this.top = y;
        this.right = x + width;
        this.bottom = y + height;
    }

    @Override
    public void fill(PathData path, Rgb color) {
        if (visible(path, 0)) {
            target.fill(path, color);
        }
    }

    @Override
    public void stroke(PathData path, Stroke stroke) {
        if (visible(path, stroke.width())) {
            target.stroke(path, stroke);
        }
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style) {
        double top = baseline - style.size();
        double bottom = baseline + style.size() * 0.3;
        // The vertical test is cheap and rules out most lines; only the rest are measured.
        if (overlaps(-Double.MAX_VALUE / 4, top, Double.MAX_VALUE / 4, bottom)
                && overlaps(x, top, x + fonts.width(text, style.size(), style.bold()), bottom)) {
            target.text(text, x, baseline, style);
        }
    }

    @Override
    public void save() {
        saved.push(new double[] {scale, dx, dy});
        target.save();
    }

    @Override
    public void restore() {
        double[] state = saved.pop();
        scale = state[0];
        dx = state[1];
        dy = state[2];
        target.restore();
    }

    @Override
    public void translate(double x, double y) {
        dx += x * scale;
        dy += y * scale;
        target.translate(x, y);
    }

    @Override
    public void scale(double factor) {
        scale *= factor;
        target.scale(factor);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        target.clip(x, y, width, height);
    }

    private boolean visible(PathData path, double margin) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (PathData.Segment segment : path.segments()) {
            double[] p = segment.points();
            for (int i = 0; i + 1 < p.length; i += 2) {
                minX = Math.min(minX, p[i]);
                maxX = Math.max(maxX, p[i]);
                minY = Math.min(minY, p[i + 1]);
                maxY = Math.max(maxY, p[i + 1]);
            }
        }
        return overlaps(minX - margin, minY - margin, maxX + margin, maxY + margin);
    }

    private boolean overlaps(double x1, double y1, double x2, double y2) {
        double ax = dx + x1 * scale;
        double ay = dy + y1 * scale;
        double bx = dx + x2 * scale;
        double by = dy + y2 * scale;
        return bx > left && ax < right && by > top && ay < bottom;
    }
}
