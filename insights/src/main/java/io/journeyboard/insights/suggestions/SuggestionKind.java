package io.journeyboard.insights.suggestions;

import io.journeyboard.model.journey.LaneKind;
import java.util.Locale;

/** What a suggestion proposes to add to the map, and the lane it goes to. */
public enum SuggestionKind {
    PAIN_POINT(LaneKind.PAIN_POINTS, "pain", "Pain points"),
    DELIGHT(LaneKind.DELIGHTS, "delight", "Moments of delight");

    private final LaneKind lane;
    private final String idPrefix;
    private final String laneTitle;

    SuggestionKind(LaneKind lane, String idPrefix, String laneTitle) {
        this.lane = lane;
        this.idPrefix = idPrefix;
        this.laneTitle = laneTitle;
    }

    public LaneKind lane() {
        return lane;
    }

    String idPrefix() {
        return idPrefix;
    }

    String laneTitle() {
        return laneTitle;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
