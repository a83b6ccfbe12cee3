package io.journeyboard.render.canvas.pdf;

import io.journeyboard.render.text.FontFace;
import io.journeyboard.render.text.FontSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The fonts of one PDF document, each embedded as a subset the first time a page uses it. */
final class PdfFonts {

    private final PDDocument document;
    private final Map<FontFace, PDType0Font> loaded = new HashMap<>();
    private final Map<PDType0Font, Map<Integer, Boolean>> encodable = new HashMap<>();

    PdfFonts(PDDocument document) {
        this.document = document;
    }

    PDType0Font font(FontFace face) {
        return loaded.computeIfAbsent(face, this::embed);
    }

    /**
     * {@code text} with every character the font cannot encode (control characters, say) replaced by the missing
     * mark.
     */
    String encodable(PDType0Font font, String text) {
        Map<Integer, Boolean> known = encodable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .forEach(cp ->
                        out.appendCodePoint(known.computeIfAbsent(cp, c -> canEncode(font, c)) ? cp : FontSet.MISSING));
        return out.toString();
    }

    private static boolean canEncode(PDType0Font font, int cp) {
        if (Character.isISOControl(cp)) {
            return false;
        }
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private PDType0Font embed(FontFace face) {
        try (InputStream in = face.origin().open()) {
            TrueTypeFont font = face.origin().isCollection()
                    ? firstOf(new TrueTypeCollection(in))
                    : new TTFParser().parse(new RandomAccessReadBuffer(in));
            // Glyph substitution (ligatures) would change widths that the layout measured without it, and costs time.
            font.setEnableGsub(false);
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "font " + face.origin() + " cannot be embedded in the PDF: " + e.getMessage(), e);
        }
    }

    /**
     * The collection's first font; the collection stays open, as the subsetter reads from it when the document is
     * saved.
     */
    private static TrueTypeFont firstOf(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(font -> {
            if (first[0] == null) {
                first[0] = font;
            }
        });
        return first[0];
    }
}
