package io.journeyboard.server.explore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyboard.analytics.funnel.ConversionTrend;
import io.journeyboard.analytics.funnel.FunnelBreakdown;
import io.journeyboard.analytics.funnel.FunnelCases;
import io.journeyboard.analytics.funnel.FunnelFigures;
import io.journeyboard.analytics.funnel.StageDefinition;
import io.journeyboard.analytics.funnel.TimeToConvert;
import io.journeyboard.analytics.moments.ConversionDrivers;
import io.journeyboard.analytics.segment.CaseValues;
import io.journeyboard.analytics.variants.PathSankey;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The funnel builder's answers: the funnel with its time to convert, trend and breakdown; the paths
 * of the cases that dropped off before a step; and what drives reaching the last step.
 */
final class FunnelView {

    private final ObjectMapper mapper;

    FunnelView(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode funnel(ExploredLog explored, QueryReader reader, FunnelQuery funnel) {
        FunnelCases cases = CachedAnalyses.funnelCases(explored, reader, funnel);
        List<CaseValues> by = reader.attributes("breakdown");
        int rows = reader.integer("breakdownRows", 10, 2, 100);
        String period = reader.choice("trendPeriod", "auto", "auto", "day", "week", "month");
        ObjectNode answer = definition(funnel);
        FunnelFigures whole = FunnelFigures.of(cases);
        answer.put("entered", whole.entered());
        answer.put("converted", whole.converted());
        answer.set("figures", mapper.valueToTree(whole.steps()));
        answer.set("timeToConvert", mapper.valueToTree(TimeToConvert.of(cases)));
        answer.set(
                "trend",
                mapper.valueToTree(ConversionTrend.of(
                        cases,
                        period.equals("auto")
                                ? null
                                : ConversionTrend.Period.valueOf(period.toUpperCase(Locale.ROOT)))));
        answer.set("breakdown", by.isEmpty() ? null : mapper.valueToTree(FunnelBreakdown.of(cases, by, rows)));
        return answer;
    }

    /** Where the cases that reached the step before {@code step} but not {@code step} went instead. */
    ObjectNode dropOff(ExploredLog explored, QueryReader reader, FunnelQuery funnel) {
        FunnelCases cases = CachedAnalyses.funnelCases(explored, reader, funnel);
        int step = reader.integer("step", -1, 0, cases.stepCount() - 1);
        if (step < 0 || cases.previousRequired(step) < 0 || cases.optional(step)) {
            throw QueryReader.invalid(
                    "step",
                    "name a required step after the first (0-based index 1 to " + (cases.stepCount() - 1)
                            + "): the drop-off is between it and the required step before it");
        }
        int depth = reader.integer("depth", 5, 1, 50);
        int nodes = reader.integer("nodesPerLevel", 6, 1, 100);
        PathSankey sankey = PathSankey.of(
                explored.log(),
                cases.dropOffStarts(explored.log(), step),
                false,
                depth,
                nodes,
                Map.of(),
                reader.integer("topPaths", 10, 0, 100));
        ObjectNode answer = mapper.createObjectNode();
        answer.put("step", step);
        answer.put(
                "from",
                cases.mapping().stages().get(cases.previousRequired(step)).name());
        answer.put("missed", cases.mapping().stages().get(step).name());
        answer.set("paths", mapper.valueToTree(sankey));
        return answer;
    }

    ObjectNode drivers(ExploredLog explored, QueryReader reader, FunnelQuery funnel) {
        FunnelCases cases = CachedAnalyses.funnelCases(explored, reader, funnel);
        boolean[] entered = new boolean[cases.caseCount()];
        boolean[] converted = new boolean[cases.caseCount()];
        for (int c = 0; c < entered.length; c++) {
            entered[c] = cases.entered(c);
            converted[c] = cases.converted(c);
        }
        StageDefinition last = cases.mapping().stages().get(cases.lastRequired());
        String[] names = explored.log().activityNames();
        List<CaseValues> attributes = reader.node().has("attributes")
                ? reader.attributes("attributes")
                : CaseValues.attributeNames(explored.log()).stream()
                        .map(explored::caseValues)
                        .toList();
        List<ConversionDrivers.Driver> drivers = ConversionDrivers.of(
                explored.log(),
                entered,
                converted,
                a -> last.matches(names[a]),
                attributes,
                reader.integer("minCases", 10, 1, Integer.MAX_VALUE),
                reader.integer("limit", 30, 1, 500));
        ObjectNode answer = definition(funnel);
        FunnelFigures whole = FunnelFigures.of(cases);
        answer.put("entered", whole.entered());
        answer.put("converted", whole.converted());
        answer.put("goal", last.name());
        answer.set("drivers", mapper.valueToTree(drivers));
        return answer;
    }

    /** The funnel as it was understood, so the builder can show (and edit) steps that came from a journey. */
    private ObjectNode definition(FunnelQuery funnel) {
        ObjectNode answer = mapper.createObjectNode();
        ArrayNode steps = answer.putArray("steps");
        for (StageDefinition stage : funnel.mapping().stages()) {
            steps.add(mapper.valueToTree(stage));
        }
        answer.put("order", funnel.mapping().order().name().toLowerCase(Locale.ROOT));
        answer.put("windowSeconds", funnel.mapping().windowSeconds());
        answer.put("open", funnel.open());
        if (funnel.note() != null) {
            answer.put("note", funnel.note());
        }
        return answer;
    }
}
