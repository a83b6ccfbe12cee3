package io.journeyboard.render.map;

import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.JourneyState;
import io.journeyboard.render.canvas.Canvas;
import io.journeyboard.render.text.LineBreaker;
import java.util.ArrayList;
import java.util.List;

/** The top of a map: title, a line on what it shows, the description, and the persona strip. */
final class HeaderBlock {

    static final double MAX_WIDTH = 900;

    private final LineBreaker breaker;
    private final String title;
    private final String subtitle;
    private final List<String> description;
    private final List<PersonaChip> chips;
    private final List<double[]> chipPositions = new ArrayList<>();
    private final double height;

    HeaderBlock(LineBreaker breaker, String workspaceName, Journey journey, List<PersonaChip> chips, double width) {
        this.breaker = breaker;
        double maxWidth = Math.min(MAX_WIDTH, width);
        this.title = breaker.fitOneLine(journey.name(), MapText.TITLE.size(), true, maxWidth);
        this.subtitle = breaker.fitOneLine(subtitle(workspaceName, journey), MapText.SUBTITLE.size(), false, maxWidth);
        this.description = breaker.wrap(journey.description(), MapText.DESCRIPTION.size(), false, maxWidth, 3);
        this.chips = List.copyOf(chips);
        double y = 24 + 20 + (description.isEmpty() ? 0 : 8 + description.size() * MapText.DESCRIPTION_LEADING) + 14;
        double x = 0;
        for (PersonaChip chip : chips) {
            if (x > 0 && x + chip.width() > maxWidth) {
                x = 0;
                y += PersonaChip.HEIGHT + 6;
            }
            chipPositions.add(new double[] {x, y});
            x += chip.width() + 10;
        }
        this.height = chips.isEmpty() ? y : y + PersonaChip.HEIGHT;
    }

    double height() {
        return height;
    }

    void paint(Canvas canvas, double left, double top) {
        canvas.text(title, left, top + 22, MapText.TITLE);
        canvas.text(subtitle, left, top + 41, MapText.SUBTITLE);
        double y = top + 44 + 8;
        for (String line : description) {
            y += MapText.DESCRIPTION_LEADING;
            canvas.text(line, left, y - 3, MapText.DESCRIPTION);
        }
        for (int i = 0; i < chips.size(); i++) {
            double[] at = chipPositions.get(i);
            chips.get(i).paint(canvas, left + at[0], top + at[1], breaker);
        }
    }

    private static String subtitle(String workspaceName, Journey journey) {
        List<String> parts = new ArrayList<>();
        if (workspaceName != null && !workspaceName.isBlank()) {
            parts.add(workspaceName);
        }
        parts.add(journey.state() == JourneyState.FUTURE ? "Future-state journey" : "Current-state journey");
        if (journey.goal() != null && !journey.goal().isBlank()) {
            parts.add("Goal: " + journey.goal());
        }
        return String.join("   ·   ", parts);
    }
}
