package io.journeyboard.analytics.lane;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A measured lane as JSON, the same for {@code journeyboard analyze} and the server's lane. */
public final class LaneJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LaneJson() {}

    public static JsonNode tree(LaneFigures figures) {
        return JSON.valueToTree(figures);
    }
}
