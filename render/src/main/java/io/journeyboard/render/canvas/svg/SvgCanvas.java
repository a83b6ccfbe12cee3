package io.journeyboard.render.canvas.svg;

import io.journeyboard.render.canvas.Canvas;
import io.journeyboard.render.canvas.PathData;
import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.canvas.Stroke;
import io.journeyboard.render.canvas.TextStyle;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Draws to an SVG 1.1 document. Text stays text (selectable, searchable) in Liberation Sans with
 * Arial-compatible fallbacks, so line breaks computed with Liberation's metrics hold in browsers.
 */
public final class SvgCanvas implements Canvas {

    static final String FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";

    private final StringBuilder body = new StringBuilder(1 << 16);
    private final Deque<Integer> openGroups = new ArrayDeque<>();
    private final double width;
    private final double height;
    private int clipCount;

    public SvgCanvas(double width, double height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void fill(PathData path, Rgb color) {
        body.append("<path d=\"")
                .append(pathData(path))
                .append("\" fill=\"")
                .append(color.hex())
                .append("\"/>\n");
    }

    @Override
    public void stroke(PathData path, Stroke stroke) {
        body.append("<path d=\"")
                .append(pathData(path))
                .append("\" fill=\"none\" stroke=\"")
                .append(stroke.color().hex())
                .append("\" stroke-width=\"")
                .append(num(stroke.width()))
                .append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"");
        if (stroke.dash() > 0) {
            body.append(" stroke-dasharray=\"")
                    .append(num(stroke.dash()))
                    .append(' ')
                    .append(num(stroke.dash()))
                    .append('"');
        }
        body.append("/>\n");
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style) {
        body.append("<text x=\"")
                .append(num(x))
                .append("\" y=\"")
                .append(num(baseline))
                .append("\" font-size=\"")
                .append(num(style.size()))
                .append('"');
        if (style.bold()) {
            body.append(" font-weight=\"bold\"");
        }
        body.append(" fill=\"")
                .append(style.color().hex())
                .append("\">")
                .append(XmlText.escape(text))
                .append("</text>\n");
    }

    @Override
    public void save() {
        openGroups.push(0);
    }

    @Override
    public void restore() {
        int groups = openGroups.pop();
        body.append("</g>\n".repeat(groups));
    }

    @Override
    public void translate(double dx, double dy) {
        openGroup("<g transform=\"translate(" + num(dx) + " " + num(dy) + ")\">\n");
    }

    @Override
    public void scale(double factor) {
        openGroup("<g transform=\"scale(" + num(factor) + ")\">\n");
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        String id = "clip" + ++clipCount;
        body.append("<clipPath id=\"")
                .append(id)
                .append("\"><rect x=\"")
                .append(num(x))
                .append("\" y=\"")
                .append(num(y))
                .append("\" width=\"")
                .append(num(w))
                .append("\" height=\"")
                .append(num(h))
                .append("\"/></clipPath>\n");
        openGroup("<g clip-path=\"url(#" + id + ")\">\n");
    }

    private void openGroup(String tag) {
        if (openGroups.isEmpty()) {
            throw new IllegalStateException("transforms and clips must come after save()");
        }
        body.append(tag);
        openGroups.push(openGroups.pop() + 1);
    }

    /** The complete document; {@code title} becomes the SVG's accessible title. */
    public String document(String title) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + num(width) + "\" height=\""
                + num(height)
                + "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\" font-family=\"" + FONT_FAMILY + "\">\n"
                + "<title>" + XmlText.escape(title) + "</title>\n"
                + body
                + "</svg>\n";
    }

    private static String pathData(PathData path) {
        StringBuilder d = new StringBuilder();
        for (PathData.Segment segment : path.segments()) {
            d.append(
                    switch (segment.kind()) {
                        case MOVE -> 'M';
                        case LINE -> 'L';
                        case CUBIC -> 'C';
                        case CLOSE -> 'Z';
                    });
            double[] points = segment.points();
            for (int i = 0; i < points.length; i++) {
                d.append(i == 0 ? "" : " ").append(num(points[i]));
            }
        }
        return d.toString();
    }

    static String num(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.2f", rounded).replaceAll("0+$", "");
    }
}
