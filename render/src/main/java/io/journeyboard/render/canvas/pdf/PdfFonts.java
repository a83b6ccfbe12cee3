package io.journeyboard.render.canvas.pdf;

import io.journeyboard.render.text.FontFace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The fonts of one PDF document, each embedded as a subset the first time a page uses it. */
final class PdfFonts {

    private final PDDocument document;
    private final Map<FontFace, PDType0Font> loaded = new HashMap<>();

    PdfFonts(PDDocument document) {
        this.document = document;
    }

    PDType0Font font(FontFace face) {
        return loaded.computeIfAbsent(face, this::embed);
    }

    private PDType0Font embed(FontFace face) {
        try (InputStream in = face.origin().open()) {
            if (!face.origin().isCollection()) {
                return PDType0Font.load(document, in, true);
            }
            TrueTypeFont[] first = new TrueTypeFont[1];
            // The collection stays open until the document is saved, as the subsetter reads from it then.
            TrueTypeCollection collection = new TrueTypeCollection(in);
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            return PDType0Font.load(document, first[0], true);
        } catch (IOException e) {
            throw new UncheckedIOException("font " + face.origin() + " cannot be embedded in the PDF: " + e.getMessage(), e);
        }
    }
}
