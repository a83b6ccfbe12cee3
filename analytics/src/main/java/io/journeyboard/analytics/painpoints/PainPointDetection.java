package io.journeyboard.analytics.painpoints;

import io.journeyboard.analytics.funnel.FunnelAnalysis;
import io.journeyboard.analytics.touchpoints.GroupStats;
import io.journeyboard.analytics.touchpoints.TouchpointAnalysis;
import io.journeyboard.analytics.transitions.TransitionGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flags pain points from the other analyses and ranks them by the cases they touch:
 * funnel stages losing at least {@code minDropOffRate} of the cases of the stage before; touchpoints
 * redone in at least {@code minReworkRate} of their cases; transitions whose median wait is at least
 * {@code slowFactor} times the median of all transitions; touchpoints with a negative NPS, or a mean
 * score in the lower half of the observed scale. Anything seen in fewer than {@code minCases} cases
 * is ignored as noise.
 */
public record PainPointDetection(int minCases, double minDropOffRate, double minReworkRate, double slowFactor) {

    public static final PainPointDetection DEFAULT = new PainPointDetection(10, 0.1, 0.1, 3.0);

    public List<PainPoint> detect(
            FunnelAnalysis funnel,
            TouchpointAnalysis touchpoints,
            TransitionGraph graph,
            double overallMedianWaitSeconds,
            double[] scoreRange) {
        List<PainPoint> found = new ArrayList<>();
        if (funnel != null) {
            dropOffs(funnel, found);
        }
        for (GroupStats touchpoint : touchpoints.touchpoints()) {
            if (touchpoint.reworkCases() >= minCases && touchpoint.reworkRate() >= minReworkRate) {
                found.add(new PainPoint(
                        PainPoint.Kind.REWORK,
                        touchpoint.name(),
                        touchpoint.reworkCases(),
                        figures(
                                "reworkCases",
                                touchpoint.reworkCases(),
                                "cases",
                                touchpoint.cases(),
                                "reworkRate",
                                touchpoint.reworkRate()),
                        String.format("done more than once in %.0f%% of its cases", 100 * touchpoint.reworkRate())));
            }
            negativeScore(touchpoint, scoreRange, found);
        }
        for (TransitionGraph.Edge edge : graph.edges()) {
            if (edge.cases() >= minCases
                    && overallMedianWaitSeconds > 0
                    && edge.medianSeconds() >= slowFactor * overallMedianWaitSeconds) {
                found.add(new PainPoint(
                        PainPoint.Kind.LONG_WAIT,
                        edge.from() + " → " + edge.to(),
                        edge.cases(),
                        figures(
                                "medianSeconds",
                                edge.medianSeconds(),
                                "meanSeconds",
                                edge.meanSeconds(),
                                "overallMedianSeconds",
                                overallMedianWaitSeconds,
                                "count",
                                edge.count()),
                        String.format(
                                "median wait %.1f× the median of all transitions",
                                edge.medianSeconds() / overallMedianWaitSeconds)));
            }
        }
        found.sort(Comparator.comparingLong(PainPoint::casesAffected)
                .reversed()
                .thenComparing(PainPoint::kind)
                .thenComparing(PainPoint::subject));
        return found;
    }

    private void dropOffs(FunnelAnalysis funnel, List<PainPoint> found) {
        long previous = funnel.steps().get(0).cases();
        String previousName = funnel.steps().get(0).stage();
        for (FunnelAnalysis.Step step : funnel.steps().subList(1, funnel.steps().size())) {
            if (step.optional()) {
                continue;
            }
            double rate = previous == 0 ? 0 : (double) step.dropOff() / previous;
            if (step.dropOff() >= minCases && rate >= minDropOffRate) {
                found.add(new PainPoint(
                        PainPoint.Kind.DROP_OFF,
                        previousName + " → " + step.stage(),
                        step.dropOff(),
                        figures("dropOff", step.dropOff(), "casesBefore", previous, "dropOffRate", rate),
                        String.format(
                                "%.0f%% of the cases that reached %s never reached %s",
                                100 * rate, previousName, step.stage())));
            }
            previous = step.cases();
            previousName = step.stage();
        }
    }

    private void negativeScore(GroupStats touchpoint, double[] scoreRange, List<PainPoint> found) {
        if (touchpoint.scored() < minCases || touchpoint.meanScore() == null) {
            return;
        }
        boolean negativeNps = touchpoint.nps() != null && touchpoint.nps() < 0;
        double midpoint = (scoreRange[0] + scoreRange[1]) / 2;
        boolean lowMean = touchpoint.nps() == null && touchpoint.meanScore() < midpoint;
        if (negativeNps || lowMean) {
            Map<String, Double> figures = figures(
                    "scored", touchpoint.scored(), "meanScore", touchpoint.meanScore(), "scaleMidpoint", midpoint);
            if (touchpoint.nps() != null) {
                figures.put("nps", touchpoint.nps());
            }
            found.add(new PainPoint(
                    PainPoint.Kind.NEGATIVE_SCORE,
                    touchpoint.name(),
                    touchpoint.cases(),
                    figures,
                    negativeNps
                            ? String.format("NPS %.0f", touchpoint.nps())
                            : String.format(
                                    "mean score %.2f below the scale midpoint %.2f",
                                    touchpoint.meanScore(), midpoint)));
        }
    }

    private static Map<String, Double> figures(Object... keysAndValues) {
        Map<String, Double> figures = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            figures.put((String) keysAndValues[i], ((Number) keysAndValues[i + 1]).doubleValue());
        }
        return figures;
    }
}
