package io.journeyboard.render.canvas.pdf;

import io.journeyboard.render.canvas.Canvas;
import io.journeyboard.render.canvas.Drawing;
import io.journeyboard.render.text.FontSet;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes a drawing as a vector PDF with selectable text and embedded font subsets: on one page of
 * its own size ({@link PageFormat#FIT}), or over landscape A4/A3 pages, where a map is tiled with
 * its headers repeated (see {@link PageTiling}) and anything else is scaled onto one page.
 */
public final class PdfWriter {

    /** PDF viewers refuse pages larger than 200 inches; bigger drawings are scaled down to it. */
    private static final double MAX_PAGE = 14_400;

    private final FontSet fonts;

    public PdfWriter(FontSet fonts) {
        this.fonts = fonts;
    }

    public void write(Drawing drawing, PageFormat format, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts pdfFonts = new PdfFonts(document);
            describe(document, drawing.title());
            if (format == PageFormat.FIT) {
                double scale = Math.min(1, MAX_PAGE / Math.max(drawing.width(), drawing.height()));
                addPage(document, pdfFonts, drawing.width() * scale, drawing.height() * scale, canvas -> {
                    canvas.scale(scale);
                    drawing.paint(canvas);
                });
            } else if (drawing.pageSplits().isPresent()) {
                PageTiling tiling =
                        new PageTiling(drawing, drawing.pageSplits().get(), format.width(), format.height(), fonts);
                for (Consumer<Canvas> page : tiling.pages()) {
                    addPage(document, pdfFonts, format.width(), format.height(), page);
                }
            } else {
                addPage(
                        document,
                        pdfFonts,
                        format.width(),
                        format.height(),
                        canvas -> PageTiling.scaledOnto(drawing, canvas, format.width(), format.height()));
            }
            document.save(out);
        }
    }

    private void addPage(PDDocument document, PdfFonts pdfFonts, double width, double height, Consumer<Canvas> painter)
            throws IOException {
        PDPage page = new PDPage(new PDRectangle((float) width, (float) height));
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            PdfCanvas canvas = new PdfCanvas(content, pdfFonts, fonts, height);
            canvas.save();
            painter.accept(canvas);
            canvas.restore();
        }
    }

    private static void describe(PDDocument document, String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Journeyboard");
    }
}
