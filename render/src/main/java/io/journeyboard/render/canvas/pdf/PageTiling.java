package io.journeyboard.render.canvas.pdf;

import io.journeyboard.render.canvas.Canvas;
import io.journeyboard.render.canvas.CullingCanvas;
import io.journeyboard.render.canvas.Drawing;
import io.journeyboard.render.canvas.PageSplits;
import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.canvas.TextStyle;
import io.journeyboard.render.text.FontSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Cuts a map over paper pages so that text keeps its size: a cover page (title block and legend),
 * then the grid in tiles, row bands first, each tile repeating the lane titles on its left and the
 * stage and step headers on its top. The grid is shrunk when a single column or lane would not
 * fit a page otherwise, and by up to a quarter more when that saves pages.
 */
final class PageTiling {

    private static final double MARGIN = 28;
    private static final double CAPTION = 18;
    /** The grid is never shrunk below this share of the size that fits, so card text stays readable on paper. */
    private static final double MIN_SHRINK = 0.75;
    /** The title block and legend are laid out within this width, so the cover shows them whole. */
    private static final double COVER_WIDTH = 1000;

    private static final TextStyle CAPTION_STYLE = TextStyle.regular(8, Rgb.of(0x6b7785));

    private final Drawing drawing;
    private final PageSplits splits;
    private final double pageWidth;
    private final double pageHeight;
    private final FontSet fonts;

    PageTiling(Drawing drawing, PageSplits splits, double pageWidth, double pageHeight, FontSet fonts) {
        this.drawing = drawing;
        this.splits = splits;
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.fonts = fonts;
    }

    /** One painter per page, in reading order. */
    List<Consumer<Canvas>> pages() {
        double availableWidth = pageWidth - 2 * MARGIN;
        double availableHeight = pageHeight - 2 * MARGIN - CAPTION;
        double header = splits.headerBottom() - splits.titleBottom();
        double scale = tileScale(availableWidth, availableHeight, header);
        List<double[]> columns =
                bands(splits.columnBreaks(), splits.frozenRight(), availableWidth / scale - splits.frozenRight());
        List<double[]> rows = bands(splits.rowBreaks(), splits.headerBottom(), availableHeight / scale - header);

        List<Consumer<Canvas>> pages = new ArrayList<>();
        int total = 1 + columns.size() * rows.size();
        pages.add(canvas -> cover(canvas, total));
        for (double[] column : columns) {
            for (double[] row : rows) {
                int number = pages.size() + 1;
                pages.add(canvas -> tile(canvas, column, row, scale, number, total));
            }
        }
        return pages;
    }

    /**
     * The scale for grid tiles: what makes one column and one lane fit, or up to a quarter less when that saves
     * pages.
     */
    private double tileScale(double availableWidth, double availableHeight, double header) {
        double fits = Math.min(
                1,
                Math.min(
                        availableWidth / (splits.frozenRight() + widest(splits.columnBreaks(), splits.frozenRight())),
                        availableHeight / (header + widest(splits.rowBreaks(), splits.headerBottom()))));
        double scale = fits;
        int fewest = Integer.MAX_VALUE;
        for (double candidate = fits; candidate >= fits * MIN_SHRINK - 1e-9; candidate -= fits * 0.05) {
            int count = bands(
                                    splits.columnBreaks(),
                                    splits.frozenRight(),
                                    availableWidth / candidate - splits.frozenRight())
                            .size()
                    * bands(splits.rowBreaks(), splits.headerBottom(), availableHeight / candidate - header)
                            .size();
            if (count < fewest) {
                fewest = count;
                scale = candidate;
            }
        }
        return scale;
    }

    /** The title block on top, the legend at the bottom, and the whole grid shrunk between them as an overview. */
    private void cover(Canvas canvas, int total) {
        double titleHeight = splits.titleBottom();
        double legendHeight = drawing.height() - splits.gridBottom();
        double width = Math.min(drawing.width(), COVER_WIDTH);
        double availableWidth = pageWidth - 2 * MARGIN;
        double availableHeight = pageHeight - 2 * MARGIN - CAPTION;
        double scale =
                Math.min(1, Math.min(availableWidth / width, availableHeight / (titleHeight + legendHeight + 120)));
        canvas.save();
        canvas.translate(MARGIN, MARGIN);
        canvas.scale(scale);
        region(canvas, 0, 0, width, titleHeight, 0, 0);
        canvas.restore();
        canvas.save();
        canvas.translate(MARGIN, pageHeight - MARGIN - CAPTION - legendHeight * scale);
        canvas.scale(scale);
        region(canvas, 0, splits.gridBottom(), width, legendHeight, 0, 0);
        canvas.restore();

        double gridWidth = drawing.width();
        double gridHeight = splits.gridBottom() - splits.titleBottom();
        double overviewTop = MARGIN + titleHeight * scale + 8;
        double overviewHeight = pageHeight - MARGIN - CAPTION - legendHeight * scale - 8 - overviewTop;
        double overviewScale = Math.min(availableWidth / gridWidth, overviewHeight / gridHeight);
        if (overviewScale > 0) {
            canvas.save();
            canvas.translate(MARGIN, overviewTop);
            canvas.scale(overviewScale);
            region(canvas, 0, splits.titleBottom(), gridWidth, gridHeight, 0, 0);
            canvas.restore();
        }
        caption(canvas, 1, total);
    }

    private void tile(Canvas canvas, double[] column, double[] row, double scale, int number, int total) {
        double frozen = splits.frozenRight();
        double header = splits.headerBottom() - splits.titleBottom();
        double columnWidth = column[1] - column[0];
        double rowHeight = row[1] - row[0];
        canvas.save();
        canvas.translate(MARGIN, MARGIN);
        canvas.scale(scale);
        region(canvas, 0, splits.titleBottom(), frozen, header, 0, 0);
        region(canvas, column[0], splits.titleBottom(), columnWidth, header, frozen, 0);
        region(canvas, 0, row[0], frozen, rowHeight, 0, header);
        region(canvas, column[0], row[0], columnWidth, rowHeight, frozen, header);
        canvas.restore();
        caption(canvas, number, total);
    }

    /** Paints the drawing's rectangle at (x, y, width, height) so that its corner lands on (toX, toY). */
    private void region(Canvas canvas, double x, double y, double width, double height, double toX, double toY) {
        canvas.save();
        canvas.clip(toX, toY, width, height);
        canvas.translate(toX - x, toY - y);
        drawing.paint(new CullingCanvas(canvas, fonts, x, y, width, height));
        canvas.restore();
    }

    private void caption(Canvas canvas, int number, int total) {
        String page = number + " / " + total;
        double baseline = pageHeight - MARGIN + 4;
        canvas.text(drawing.title(), MARGIN, baseline, CAPTION_STYLE);
        canvas.text(page, pageWidth - MARGIN - fonts.width(page, CAPTION_STYLE.size(), false), baseline, CAPTION_STYLE);
    }

    /** The widest gap between consecutive breaks, starting from {@code start}. */
    private static double widest(List<Double> breaks, double start) {
        double widest = 0;
        double previous = start;
        for (double next : breaks) {
            widest = Math.max(widest, next - previous);
            previous = next;
        }
        return widest;
    }

    /** Groups consecutive gaps between breaks into bands no longer than {@code room} (a lone gap may exceed it). */
    private static List<double[]> bands(List<Double> breaks, double start, double room) {
        List<double[]> bands = new ArrayList<>();
        double bandStart = start;
        double previous = start;
        for (double next : breaks) {
            if (next - bandStart > room + 0.01 && previous > bandStart) {
                bands.add(new double[] {bandStart, previous});
                bandStart = previous;
            }
            previous = next;
        }
        if (previous > bandStart) {
            bands.add(new double[] {bandStart, previous});
        }
        return bands;
    }

    /** Paints the drawing scaled to fill the page, centred; such drawings (persona sheets) carry their own margins. */
    static void scaledOnto(Drawing drawing, Canvas canvas, double pageWidth, double pageHeight) {
        double width = drawing.width();
        double height = drawing.height();
        double scale = Math.min(pageWidth / width, pageHeight / height);
        canvas.save();
        canvas.translate((pageWidth - width * scale) / 2, (pageHeight - height * scale) / 2);
        canvas.scale(scale);
        canvas.clip(0, 0, width, height);
        drawing.paint(canvas);
        canvas.restore();
    }
}
