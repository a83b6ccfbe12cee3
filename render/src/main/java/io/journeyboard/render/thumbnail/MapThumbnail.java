package io.journeyboard.render.thumbnail;

import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.EmotionPoint;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Lane;
import io.journeyboard.model.journey.LaneKind;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.map.Palette;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A journey map as a small SVG picture of its shape: a band per stage, a tinted row per lane in the lane's colour,
 * a block per card in its step's cell (at most {@value #BLOCKS_PER_CELL} shown), and each persona's emotion curve.
 * Drawn in the map's colours ({@link Palette}) so a thumbnail looks like the map it stands for.
 */
public final class MapThumbnail {

    public static final int WIDTH = 240;
    public static final int HEIGHT = 135;
    private static final int BLOCKS_PER_CELL = 3;
    private static final double PAD = 6;
    private static final double STAGE_BAND = 10;

    /** The SVG document of {@code journey}'s thumbnail; {@code personaIndex} gives each persona its colour's place. */
    public String svg(Journey journey, Map<String, Integer> personaIndex) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\">");
        rect(out, 0, 0, WIDTH, HEIGHT, Rgb.WHITE, 0);
        List<Step> steps = journey.steps().toList();
        if (steps.isEmpty()) {
            return out.append("</svg>").toString();
        }
        double column = (WIDTH - 2 * PAD) / steps.size();
        drawStages(out, journey, column);
        List<Lane> lanes = journey.lanes();
        double top = PAD + STAGE_BAND + 3;
        double row = lanes.isEmpty() ? 0 : (HEIGHT - top - PAD) / lanes.size();
        Map<String, Integer> stepIndex = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            stepIndex.put(steps.get(i).id(), i);
        }
        for (int l = 0; l < lanes.size(); l++) {
            Lane lane = lanes.get(l);
            double y = top + l * row;
            rect(
                    out,
                    PAD,
                    y + 0.5,
                    WIDTH - 2 * PAD,
                    row - 1,
                    Palette.lane(lane.kind()).tint(0.88),
                    1.5);
            if (lane.kind() == LaneKind.EMOTION) {
                drawCurves(out, journey, stepIndex, column, y, row, personaIndex);
            } else {
                drawCards(out, journey, lane, stepIndex, column, y, row);
            }
        }
        return out.append("</svg>").toString();
    }

    private static void drawStages(StringBuilder out, Journey journey, double column) {
        double x = PAD;
        int index = 0;
        for (Stage stage : journey.stages()) {
            double width = stage.steps().size() * column;
            if (width > 0) {
                Rgb colour = index++ % 2 == 0 ? Palette.STAGE : Palette.STAGE_ALTERNATE;
                rect(out, x + 0.5, PAD, width - 1, STAGE_BAND, colour, 2);
            }
            x += width;
        }
    }

    private static void drawCards(
            StringBuilder out,
            Journey journey,
            Lane lane,
            Map<String, Integer> stepIndex,
            double column,
            double y,
            double row) {
        Map<Integer, Integer> perCell = new HashMap<>();
        Rgb colour = Palette.lane(lane.kind());
        double blockHeight = Math.max(1.5, Math.min(5, (row - 3) / BLOCKS_PER_CELL - 1));
        for (Card card : journey.cards()) {
            Integer step = stepIndex.get(card.stepId());
            if (!lane.id().equals(card.laneId()) || step == null) {
                continue;
            }
            int n = perCell.merge(step, 1, Integer::sum) - 1;
            if (n < BLOCKS_PER_CELL && y + 1.5 + (n + 1) * (blockHeight + 1) <= y + row) {
                double x = PAD + step * column + 2;
                rect(out, x, y + 1.5 + n * (blockHeight + 1), column - 4, blockHeight, colour, 1);
            }
        }
    }

    private static void drawCurves(
            StringBuilder out,
            Journey journey,
            Map<String, Integer> stepIndex,
            double column,
            double y,
            double row,
            Map<String, Integer> personaIndex) {
        Map<String, List<EmotionPoint>> byPersona = new HashMap<>();
        for (EmotionPoint point : journey.emotions()) {
            if (stepIndex.containsKey(point.stepId())) {
                byPersona
                        .computeIfAbsent(point.personaId(), p -> new ArrayList<>())
                        .add(point);
            }
        }
        byPersona.forEach((personaId, points) -> {
            points.sort((a, b) -> stepIndex.get(a.stepId()) - stepIndex.get(b.stepId()));
            StringBuilder path = new StringBuilder();
            for (EmotionPoint point : points) {
                double x = PAD + (stepIndex.get(point.stepId()) + 0.5) * column;
                double share = (point.score() - EmotionPoint.MIN) / (double) (EmotionPoint.MAX - EmotionPoint.MIN);
                double py = y + row - 2 - share * (row - 4);
                path.append(path.isEmpty() ? "" : " ")
                        .append(number(x))
                        .append(',')
                        .append(number(py));
            }
            Rgb colour = Palette.persona(personaIndex.getOrDefault(personaId, 0));
            out.append("<polyline fill=\"none\" stroke-width=\"1.5\" stroke-linejoin=\"round\" stroke=\"")
                    .append(colour.hex())
                    .append("\" points=\"")
                    .append(path)
                    .append("\"/>");
        });
    }

    private static void rect(StringBuilder out, double x, double y, double w, double h, Rgb fill, double radius) {
        out.append("<rect x=\"")
                .append(number(x))
                .append("\" y=\"")
                .append(number(y))
                .append("\" width=\"")
                .append(number(w))
                .append("\" height=\"")
                .append(number(h))
                .append("\" rx=\"")
                .append(number(radius))
                .append("\" fill=\"")
                .append(fill.hex())
                .append("\"/>");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
