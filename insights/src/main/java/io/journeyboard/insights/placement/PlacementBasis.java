package io.journeyboard.insights.placement;

import java.util.Locale;

/** How a theme was placed on the map. */
public enum PlacementBasis {
    /** Most of the theme's items name the stage (or step) in their stage column. */
    COLUMN,
    /** The theme's embedding is closest to the stage, step or touchpoint text of the map. */
    SIMILARITY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
