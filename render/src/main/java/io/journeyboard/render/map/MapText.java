package io.journeyboard.render.map;

import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.canvas.TextStyle;

/** The type scale of a map outside its cards: title, headers, lane titles, legend. */
final class MapText {

    static final TextStyle TITLE = TextStyle.bold(24, Palette.INK);
    static final TextStyle SUBTITLE = TextStyle.regular(11, Palette.MUTED);
    static final TextStyle DESCRIPTION = TextStyle.regular(10.5, Palette.INK);
    static final double DESCRIPTION_LEADING = 14;
    static final TextStyle STAGE = TextStyle.bold(11.5, Rgb.WHITE);
    static final TextStyle STEP = TextStyle.bold(9.5, Palette.INK);
    static final double STEP_LEADING = 12;
    static final TextStyle LANE = TextStyle.bold(10, Palette.INK);
    static final double LANE_LEADING = 12.5;
    static final TextStyle LEGEND_HEADING = TextStyle.bold(8, Palette.MUTED);
    static final TextStyle LEGEND = TextStyle.regular(8.5, Palette.INK);
    static final TextStyle CURVE_KEY = TextStyle.regular(8, Palette.MUTED);
    static final TextStyle PERSONA_NAME = TextStyle.bold(10, Palette.INK);
    static final TextStyle PERSONA_SEGMENT = TextStyle.regular(9, Palette.MUTED);

    private MapText() {}
}
