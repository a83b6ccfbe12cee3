package io.journeyboard.render.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts every export draws with: Liberation Sans (shipped in the jar, metric-compatible with
 * Arial) first, then fallbacks found on the machine for scripts it lacks (DejaVu Sans for more
 * alphabets and symbols, WenQuanYi Zen Hei for CJK). A character that no font holds is drawn as
 * {@value #MISSING}, so unusual text degrades instead of failing.
 */
public final class FontSet {

    /** What a character no font can draw becomes. */
    public static final char MISSING = '?';

    private static final String JAR_FOLDER = "liberation/";
    private static final List<Path> REGULAR_FALLBACKS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
    private static final List<Path> BOLD_FALLBACKS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));

    private static final FontSet STANDARD = new FontSet(
            chain(jarFace("LiberationSans-Regular"), REGULAR_FALLBACKS),
            chain(jarFace("LiberationSans-Bold"), BOLD_FALLBACKS));

    private final List<FontFace> regular;
    private final List<FontFace> bold;

    FontSet(List<FontFace> regular, List<FontFace> bold) {
        this.regular = List.copyOf(regular);
        this.bold = List.copyOf(bold);
    }

    /** The shared font set; loading fonts is slow, so it is built once per process. */
    public static FontSet standard() {
        return STANDARD;
    }

    /** A set with only the fonts shipped in the jar, so output does not depend on the machine (used by tests). */
    public static FontSet jarOnly() {
        return new FontSet(List.of(STANDARD.regular.getFirst()), List.of(STANDARD.bold.getFirst()));
    }

    /** The face used for most text, whose metrics set line heights. */
    public FontFace primary(boolean boldWeight) {
        return faces(boldWeight).getFirst();
    }

    /** {@code text} split into runs, each drawn with the first face that holds its characters. */
    public List<TextRun> runs(String text, boolean boldWeight) {
        List<FontFace> faces = faces(boldWeight);
        List<TextRun> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        FontFace currentFace = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            FontFace face = faceFor(cp, faces);
            int shown = face == null ? MISSING : cp;
            face = face == null ? faces.getFirst() : face;
            if (face != currentFace && !current.isEmpty()) {
                runs.add(new TextRun(currentFace, current.toString()));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(shown);
        }
        if (!current.isEmpty()) {
            runs.add(new TextRun(currentFace, current.toString()));
        }
        return runs;
    }

    /** Width of {@code text} at {@code size} points, as it will be drawn. */
    public double width(String text, double size, boolean boldWeight) {
        double total = 0;
        for (TextRun run : runs(text, boldWeight)) {
            total += run.face().width(run.text(), size);
        }
        return total;
    }

    private List<FontFace> faces(boolean boldWeight) {
        return boldWeight ? bold : regular;
    }

    private static FontFace faceFor(int cp, List<FontFace> faces) {
        if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
            return faces.getFirst();
        }
        for (FontFace face : faces) {
            if (face.canDisplay(cp)) {
                return face;
            }
        }
        return null;
    }

    private static List<FontFace> chain(FontFace primary, List<Path> fallbacks) {
        List<FontFace> faces = new ArrayList<>(List.of(primary));
        for (Path file : fallbacks) {
            if (Files.isReadable(file)) {
                FontOrigin origin = FontOrigin.file(file);
                try (InputStream in = origin.open()) {
                    Font font =
                            origin.isCollection() ? Font.createFonts(in)[0] : Font.createFont(Font.TRUETYPE_FONT, in);
                    faces.add(new FontFace(file.getFileName().toString(), origin, font));
                } catch (IOException | FontFormatException | RuntimeException e) {
                    // A broken system font only costs coverage: its characters fall through to MISSING.
                    System.getLogger(FontSet.class.getName())
                            .log(
                                    System.Logger.Level.WARNING,
                                    "fallback font " + file + " is unusable: " + e.getMessage());
                }
            }
        }
        return faces;
    }

    private static FontFace jarFace(String name) {
        FontOrigin origin = FontOrigin.resource(JAR_FOLDER + name + ".ttf");
        try (InputStream in = origin.open()) {
            return new FontFace(name, origin, Font.createFont(Font.TRUETYPE_FONT, in));
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the font " + origin + " shipped with Journeyboard cannot be loaded", e);
        }
    }
}
