package io.journeyboard.render.map;

import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.EmotionPoint;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.LaneKind;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.text.FontSet;
import io.journeyboard.render.text.LineBreaker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Lays out one journey of a workspace as a map drawing. The layout is computed once, in points, and
 * then painted unchanged to SVG, PNG and PDF. Cards that point at a missing lane or step are left
 * out rather than failing the export; the validator reports them.
 */
public final class MapLayout {

    private final FontSet fonts;
    private final LineBreaker breaker;

    public MapLayout(FontSet fonts) {
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
    }

    public MapDrawing layout(Workspace workspace, Journey journey) {
        List<PersonaChip> chips = chips(workspace, journey);
        Map<String, Rgb> personaColors = new LinkedHashMap<>();
        chips.forEach(chip -> personaColors.put(chip.persona().id(), chip.color()));

        double columnsWidth = Math.max(1, journey.steps().count()) * GridLayout.COLUMN_WIDTH;
        double contentWidth = GridLayout.LABEL_WIDTH + columnsWidth;
        HeaderBlock header = new HeaderBlock(breaker, workspace.name(), journey, chips, contentWidth);
        MapGrid grid = new GridLayout(breaker, new CardViews(breaker, personaColors))
                .layout(journey, MapDrawing.MARGIN, MapDrawing.gridTop(header));

        LegendBlock legend = new LegendBlock(fonts, Math.max(contentWidth, LegendBlock.MAX_WIDTH));
        boolean hasCurve = journey.lanes().stream().anyMatch(lane -> lane.kind() == LaneKind.EMOTION)
                && !journey.emotions().isEmpty();
        if (hasCurve) {
            legend.personas(chips);
        }
        legend.channels(journey.cardsOf(LaneKind.TOUCHPOINTS)
                .map(Card::channel)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList());
        legend.severities(journey.cardsOf(LaneKind.PAIN_POINTS)
                .map(Card::severity)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList());
        return new MapDrawing(journey.name(), breaker, header, grid, legend, journey.emotions(), chips);
    }

    /**
     * The journey's personas in its own order, then any persona that only appears in the emotion
     * points; each keeps the colour of its place in the workspace, as on its persona sheet.
     */
    private List<PersonaChip> chips(Workspace workspace, Journey journey) {
        Set<String> ids = new LinkedHashSet<>(journey.personaIds());
        journey.emotions().stream().map(EmotionPoint::personaId).forEach(ids::add);
        List<PersonaChip> chips = new ArrayList<>();
        for (String id : ids) {
            Persona persona = workspace.persona(id).orElse(null);
            if (persona != null) {
                chips.add(PersonaChip.of(
                        persona, Palette.persona(workspace.personas().indexOf(persona)), fonts));
            }
        }
        return chips;
    }
}
