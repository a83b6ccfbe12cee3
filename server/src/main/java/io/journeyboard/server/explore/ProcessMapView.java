package io.journeyboard.server.explore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.transitions.ActivityFrequency;
import io.journeyboard.analytics.transitions.TransitionGraph;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The directly-follows graph of a segment, cut to its {@code activities} most frequent activities and
 * the {@code edges} busiest transitions between them (the sliders). Self-loops are rework on one
 * activity; the browser lays the map out left to right and draws edges that go back as loops.
 */
final class ProcessMapView {

    private final ObjectMapper mapper;

    ProcessMapView(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode map(ExploredLog explored, QueryReader reader) {
        EventLog slice = CachedAnalyses.slice(explored, reader);
        List<ActivityFrequency> all = explored.results()
                .get(
                        Canonical.key("activities", reader.node().get("segment")),
                        () -> ActivityFrequency.of(slice),
                        list -> list.size() * 96L);
        TransitionGraph graph = CachedAnalyses.graph(explored, reader);
        int activityLimit = reader.integer("activities", 15, 1, 10_000);
        int edgeLimit = reader.integer("edges", 40, 0, 100_000);
        List<ActivityFrequency> shown = all.subList(0, Math.min(activityLimit, all.size()));
        Set<String> names = new HashSet<>();
        shown.forEach(a -> names.add(a.activity()));
        List<TransitionGraph.Edge> between = graph.edges().stream()
                .filter(e -> names.contains(e.from()) && names.contains(e.to()))
                .toList();
        ObjectNode answer = mapper.createObjectNode();
        answer.put("cases", slice.caseCount());
        answer.put("events", slice.eventCount());
        answer.put("activitiesInLog", all.size());
        answer.put("edgesInLog", graph.edges().size());
        answer.put("edgesBetweenShown", between.size());
        answer.set("activities", mapper.valueToTree(shown));
        answer.set("edges", mapper.valueToTree(between.subList(0, Math.min(edgeLimit, between.size()))));
        answer.set(
                "starts",
                mapper.valueToTree(graph.startActivities().stream()
                        .filter(e -> names.contains(e.activity()))
                        .toList()));
        answer.set(
                "ends",
                mapper.valueToTree(graph.endActivities().stream()
                        .filter(e -> names.contains(e.activity()))
                        .toList()));
        return answer;
    }
}
