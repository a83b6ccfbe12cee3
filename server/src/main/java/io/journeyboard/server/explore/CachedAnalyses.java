package io.journeyboard.server.explore;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.analytics.funnel.FunnelCases;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.segment.LogSlice;
import io.journeyboard.analytics.transitions.TransitionGraph;

/**
 * The intermediate results several views and interactions share, cached under the log: the cases of a
 * segment, the funnel matched over them (switching a breakdown or a trend period re-uses it) and the
 * directly-follows graph of a segment (moving a slider re-uses it).
 */
final class CachedAnalyses {

    private CachedAnalyses() {}

    static boolean[] segmentCases(ExploredLog explored, QueryReader reader) {
        JsonNode segment = reader.node().get("segment");
        return explored.results()
                .get(
                        Canonical.key("segment", segment),
                        () -> reader.segment().cases(explored.log()),
                        keep -> keep.length);
    }

    static FunnelCases funnelCases(ExploredLog explored, QueryReader reader, FunnelQuery funnel) {
        String key = Canonical.key("funnel-cases", reader.node().get("segment")) + "|" + funnel.mapping() + "|"
                + funnel.open();
        return explored.results()
                .get(
                        key,
                        () -> FunnelCases.match(
                                explored.log(), funnel.mapping(), funnel.open(), segmentCases(explored, reader)),
                        cases -> cases.caseCount() * 20L);
    }

    static EventLog slice(ExploredLog explored, QueryReader reader) {
        return explored.results()
                .get(
                        Canonical.key("slice", reader.node().get("segment")),
                        () -> LogSlice.of(explored.log(), segmentCases(explored, reader)),
                        slice -> slice == explored.log() ? 0 : slice.estimatedBytes());
    }

    static TransitionGraph graph(ExploredLog explored, QueryReader reader) {
        return explored.results()
                .get(
                        Canonical.key("graph", reader.node().get("segment")),
                        () -> TransitionGraph.of(slice(explored, reader)),
                        graph -> graph.edges().size() * 96L);
    }
}
