package io.journeyboard.render.map;

import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.canvas.TextStyle;

/** Type sizes and spacing inside a card, shared by the layout that measures cards and the painter that draws them. */
final class CardMetrics {

    static final double PADDING = 8;
    static final double RADIUS = 5;
    static final double TOP_ROW = 15;
    static final double GAP = 4;

    static final TextStyle TEXT = TextStyle.regular(9.5, Palette.INK);
    static final double TEXT_LEADING = 12.3;
    static final int TEXT_MAX_LINES = 8;

    static final TextStyle DETAIL = TextStyle.regular(8, Palette.MUTED);
    static final double DETAIL_LEADING = 10.3;
    static final int DETAIL_MAX_LINES = 3;

    static final TextStyle METRIC = TextStyle.bold(9, Palette.INK);
    static final double METRIC_LEADING = 11.5;
    static final double BAR_HEIGHT = 7;

    static final TextStyle FOOTER = TextStyle.regular(7.5, Palette.FAINT);
    static final double FOOTER_LEADING = 10;

    static final TextStyle BADGE = TextStyle.bold(6.8, Rgb.WHITE);

    private CardMetrics() {}
}
