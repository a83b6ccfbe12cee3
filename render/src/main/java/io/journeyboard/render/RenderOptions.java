package io.journeyboard.render;

import io.journeyboard.render.canvas.pdf.PageFormat;
import io.journeyboard.sheets.table.TableKind;

/**
 * How an export is drawn or tabulated.
 *
 * @param scale pixels per point for PNG (1 gives one pixel per point, 2 a high-density image); 0.1 to 8
 * @param page  PDF pages: one page the size of the map, or landscape A4/A3 tiles
 * @param table which table a CSV export holds (XLSX always holds both, one sheet each)
 */
public record RenderOptions(double scale, PageFormat page, TableKind table) {

    public static final double MIN_SCALE = 0.1;
    public static final double MAX_SCALE = 8;

    public RenderOptions {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException(
                    "scale " + scale + " is out of range; use " + MIN_SCALE + " to " + MAX_SCALE);
        }
        page = page == null ? PageFormat.FIT : page;
        table = table == null ? TableKind.CARDS : table;
    }

    /** Scale 1, one fitted PDF page, cards for CSV. */
    public static RenderOptions defaults() {
        return new RenderOptions(1, PageFormat.FIT, TableKind.CARDS);
    }

    public RenderOptions withScale(double newScale) {
        return new RenderOptions(newScale, page, table);
    }

    public RenderOptions withPage(PageFormat newPage) {
        return new RenderOptions(scale, newPage, table);
    }

    public RenderOptions withTable(TableKind newTable) {
        return new RenderOptions(scale, page, newTable);
    }
}
