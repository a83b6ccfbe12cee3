package io.journeyboard.render.map;

import io.journeyboard.model.journey.EmotionPoint;
import io.journeyboard.render.canvas.Canvas;
import io.journeyboard.render.canvas.PathData;
import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.canvas.Stroke;
import io.journeyboard.render.canvas.TextStyle;
import io.journeyboard.render.text.FontSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The emotion lane: a scale from very negative to very positive, and one smooth curve per persona
 * through its scores at the step centres. Curves leave and reach each point level, so they never
 * overshoot the scale; personas with equal scores are nudged apart so every curve stays visible.
 */
final class EmotionCurve {

    private static final double INSET = 16;
    private static final double NUDGE = 2.5;
    private static final TextStyle SCALE = TextStyle.regular(7.5, Palette.FAINT);

    private final FontSet fonts;

    EmotionCurve(FontSet fonts) {
        this.fonts = fonts;
    }

    void paint(Canvas canvas, MapGrid grid, MapGrid.Row row, List<EmotionPoint> emotions, List<PersonaChip> personas) {
        double top = row.y() + INSET;
        double bottom = row.y() + row.height() - INSET;
        double left = grid.gridLeft();
        double right = grid.right();
        for (int score = EmotionPoint.MIN; score <= EmotionPoint.MAX; score++) {
            double y = y(score, top, bottom);
            Stroke guide = score == 0 ? Stroke.dashed(Palette.FAINT, 0.7, 3) : Stroke.solid(Palette.RULE, 0.5);
            canvas.stroke(PathData.line(left, y, right, y), guide);
            String label = score > 0 ? "+" + score : score < 0 ? "\u2212" + -score : "0";
            canvas.text(label, left - 8 - fonts.width(label, SCALE.size(), false), y + 2.5, SCALE);
        }
        Map<String, Integer> columnOfStep = new HashMap<>();
        for (int i = 0; i < grid.columns().size(); i++) {
            if (grid.columns().get(i).step() != null) {
                columnOfStep.put(grid.columns().get(i).step().id(), i);
            }
        }
        // Points are grouped by persona in one pass: the cost grows with the points, not personas x steps x points.
        Map<String, List<EmotionPoint>> pointsOfPersona = new HashMap<>();
        for (EmotionPoint point : emotions) {
            if (columnOfStep.containsKey(point.stepId())) {
                pointsOfPersona
                        .computeIfAbsent(point.personaId(), id -> new ArrayList<>())
                        .add(point);
            }
        }
        for (int p = 0; p < personas.size(); p++) {
            double nudge = (p - (personas.size() - 1) / 2.0) * NUDGE;
            String personaId = personas.get(p).persona().id();
            List<EmotionPoint> own = new ArrayList<>(pointsOfPersona.getOrDefault(personaId, List.of()));
            own.sort(Comparator.comparingInt(point -> columnOfStep.get(point.stepId())));
            List<double[]> points = new ArrayList<>();
            for (EmotionPoint point : own) {
                double x = grid.columns().get(columnOfStep.get(point.stepId())).centre();
                points.add(new double[] {x, y(point.score(), top, bottom) + nudge});
            }
            curve(canvas, points, personas.get(p).color());
        }
    }

    private static void curve(Canvas canvas, List<double[]> points, Rgb color) {
        if (points.isEmpty()) {
            return;
        }
        PathData path = new PathData().moveTo(points.getFirst()[0], points.getFirst()[1]);
        for (int i = 1; i < points.size(); i++) {
            double[] from = points.get(i - 1);
            double[] to = points.get(i);
            double half = (to[0] - from[0]) / 2;
            path.cubicTo(from[0] + half, from[1], to[0] - half, to[1], to[0], to[1]);
        }
        canvas.stroke(path, Stroke.solid(color, 2.2));
        for (double[] point : points) {
            canvas.fill(PathData.circle(point[0], point[1], 4), Rgb.WHITE);
            canvas.stroke(PathData.circle(point[0], point[1], 4), Stroke.solid(color, 1.8));
        }
    }

    private static double y(int score, double top, double bottom) {
        double clamped = Math.max(EmotionPoint.MIN, Math.min(EmotionPoint.MAX, score));
        return top + (EmotionPoint.MAX - clamped) / (EmotionPoint.MAX - EmotionPoint.MIN) * (bottom - top);
    }
}
