package io.journeyboard.render.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text into lines no wider than a width: at spaces where it can, inside a word only when the
 * word alone is too wide (which is also how CJK text, written without spaces, wraps). Text beyond
 * {@code maxLines} is cut and the last line ends with an ellipsis.
 */
public final class LineBreaker {

    private static final String ELLIPSIS = "…";

    private final FontSet fonts;

    public LineBreaker(FontSet fonts) {
        this.fonts = fonts;
    }

    public FontSet fonts() {
        return fonts;
    }

    public List<String> wrap(String text, double size, boolean bold, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        for (String paragraph : text.strip().split("\\R")) {
            wrapParagraph(paragraph.strip().replaceAll("\\s+", " "), size, bold, maxWidth, lines);
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, withEllipsis(kept.get(maxLines - 1), size, bold, maxWidth));
            return kept;
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, double size, boolean bold, double maxWidth, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fonts.width(candidate, size, bold) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (fonts.width(rest, size, bold) > maxWidth) {
                int fit = fittingPrefix(rest, size, bold, maxWidth);
                lines.add(rest.substring(0, fit));
                rest = rest.substring(fit);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
    }

    /** The length of the longest prefix that fits, at least one character so wrapping always progresses. */
    private int fittingPrefix(String word, double size, boolean bold, double maxWidth) {
        int end = Character.charCount(word.codePointAt(0));
        while (end < word.length()) {
            int next = end + Character.charCount(word.codePointAt(end));
            if (fonts.width(word.substring(0, next), size, bold) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }

    private String withEllipsis(String line, double size, boolean bold, double maxWidth) {
        String cut = line;
        while (!cut.isEmpty() && fonts.width(cut + ELLIPSIS, size, bold) > maxWidth) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut.stripTrailing() + ELLIPSIS;
    }

    /** {@code text} on one line, cut with an ellipsis when wider than {@code maxWidth}. */
    public String fitOneLine(String text, double size, boolean bold, double maxWidth) {
        List<String> lines = wrap(text, size, bold, maxWidth, 1);
        return lines.isEmpty() ? "" : lines.getFirst();
    }
}
