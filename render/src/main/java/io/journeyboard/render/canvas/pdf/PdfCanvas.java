package io.journeyboard.render.canvas.pdf;

import io.journeyboard.render.canvas.Canvas;
import io.journeyboard.render.canvas.PathData;
import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.canvas.Stroke;
import io.journeyboard.render.canvas.TextStyle;
import io.journeyboard.render.text.FontSet;
import io.journeyboard.render.text.TextRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws vector graphics and real text (selectable, with embedded font subsets) into one PDF page.
 * The page's coordinate system is flipped once at the start so callers keep y growing downward.
 */
final class PdfCanvas implements Canvas {

    private final PDPageContentStream content;
    private final PdfFonts pdfFonts;
    private final FontSet fonts;

    PdfCanvas(PDPageContentStream content, PdfFonts pdfFonts, FontSet fonts, double pageHeight) {
        this.content = content;
        this.pdfFonts = pdfFonts;
        this.fonts = fonts;
        run(() -> content.transform(new Matrix(1, 0, 0, -1, 0, (float) pageHeight)));
    }

    @Override
    public void fill(PathData path, Rgb color) {
        run(() -> {
            content.setNonStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
            trace(path);
            content.fill();
        });
    }

    @Override
    public void stroke(PathData path, Stroke stroke) {
        run(() -> {
            Rgb color = stroke.color();
            content.setStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
            content.setLineWidth((float) stroke.width());
            content.setLineCapStyle(1);
            content.setLineJoinStyle(1);
            content.setLineDashPattern(
                    stroke.dash() > 0 ? new float[] {(float) stroke.dash(), (float) stroke.dash()} : new float[0], 0);
            trace(path);
            content.stroke();
        });
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style) {
        run(() -> {
            Rgb color = style.color();
            content.setNonStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
            content.beginText();
            double cursor = x;
            for (TextRun run : fonts.runs(text, style.bold())) {
                PDType0Font font = pdfFonts.font(run.face());
                content.setFont(font, (float) style.size());
                // The page is flipped, so the text matrix flips glyphs back upright.
                content.setTextMatrix(new Matrix(1, 0, 0, -1, (float) cursor, (float) baseline));
                content.showText(pdfFonts.encodable(font, run.text()));
                cursor += run.face().width(run.text(), style.size());
            }
            content.endText();
        });
    }

    @Override
    public void save() {
        run(content::saveGraphicsState);
    }

    @Override
    public void restore() {
        run(content::restoreGraphicsState);
    }

    @Override
    public void translate(double dx, double dy) {
        run(() -> content.transform(Matrix.getTranslateInstance((float) dx, (float) dy)));
    }

    @Override
    public void scale(double factor) {
        run(() -> content.transform(Matrix.getScaleInstance((float) factor, (float) factor)));
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        run(() -> {
            content.addRect((float) x, (float) y, (float) width, (float) height);
            content.clip();
        });
    }

    private void trace(PathData path) throws IOException {
        for (PathData.Segment segment : path.segments()) {
            double[] p = segment.points();
            switch (segment.kind()) {
                case MOVE -> content.moveTo((float) p[0], (float) p[1]);
                case LINE -> content.lineTo((float) p[0], (float) p[1]);
                case CUBIC ->
                    content.curveTo((float) p[0], (float) p[1], (float) p[2], (float) p[3], (float) p[4], (float) p[5]);
                case CLOSE -> content.closePath();
            }
        }
    }

    private interface PdfOperation {
        void apply() throws IOException;
    }

    private static void run(PdfOperation operation) {
        try {
            operation.apply();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF page cannot be written: " + e.getMessage(), e);
        }
    }
}
