package io.journeyboard.render.canvas.raster;

import io.journeyboard.render.canvas.Canvas;
import io.journeyboard.render.canvas.PathData;
import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.canvas.Stroke;
import io.journeyboard.render.canvas.TextStyle;
import io.journeyboard.render.text.FontSet;
import io.journeyboard.render.text.TextRun;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;

/** Draws through Java2D, for PNG output; text uses the same fonts and advances as the vector formats. */
public final class Graphics2DCanvas implements Canvas {

    private final FontSet fonts;
    private final Deque<Graphics2D> saved = new ArrayDeque<>();
    private Graphics2D current;

    public Graphics2DCanvas(Graphics2D g, FontSet fonts) {
        this.fonts = fonts;
        this.current = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    public void fill(PathData path, Rgb color) {
        current.setColor(awt(color));
        current.fill(shape(path));
    }

    @Override
    public void stroke(PathData path, Stroke stroke) {
        current.setColor(awt(stroke.color()));
        float width = (float) stroke.width();
        current.setStroke(
                stroke.dash() > 0
                        ? new BasicStroke(
                                width,
                                BasicStroke.CAP_ROUND,
                                BasicStroke.JOIN_ROUND,
                                10f,
                                new float[] {(float) stroke.dash(), (float) stroke.dash()},
                                0f)
                        : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        current.draw(shape(path));
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style) {
        current.setColor(awt(style.color()));
        double cursor = x;
        for (TextRun run : fonts.runs(text, style.bold())) {
            current.setFont(run.face().awtFont(style.size()));
            current.drawString(run.text(), (float) cursor, (float) baseline);
            cursor += run.face().width(run.text(), style.size());
        }
    }

    @Override
    public void save() {
        saved.push(current);
        current = (Graphics2D) current.create();
    }

    @Override
    public void restore() {
        current.dispose();
        current = saved.pop();
    }

    @Override
    public void translate(double dx, double dy) {
        current.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        current.scale(factor, factor);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        current.clip(new Rectangle2D.Double(x, y, width, height));
    }

    private static Color awt(Rgb color) {
        return new Color(color.red(), color.green(), color.blue());
    }

    private static Path2D shape(PathData path) {
        Path2D.Double shape = new Path2D.Double();
        for (PathData.Segment segment : path.segments()) {
            double[] p = segment.points();
            switch (segment.kind()) {
                case MOVE -> shape.moveTo(p[0], p[1]);
                case LINE -> shape.lineTo(p[0], p[1]);
                case CUBIC -> shape.curveTo(p[0], p[1], p[2], p[3], p[4], p[5]);
                case CLOSE -> shape.closePath();
            }
        }
        return shape;
    }
}
