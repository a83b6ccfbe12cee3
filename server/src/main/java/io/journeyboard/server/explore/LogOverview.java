package io.journeyboard.server.explore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.segment.CaseValues;
import io.journeyboard.analytics.transitions.ActivityFrequency;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the explorer shows before any query: the log's size and period, its activities with their
 * counts (to pick funnel steps and path starts from) and its attributes with their most common values
 * (to break down and segment by).
 */
final class LogOverview {

    private static final int VALUES_LISTED = 30;

    private LogOverview() {}

    static ObjectNode of(ObjectMapper mapper, ExploredLog explored) {
        EventLog log = explored.log();
        ObjectNode answer = mapper.createObjectNode();
        answer.put("id", explored.id());
        answer.put("source", explored.source());
        answer.put("version", explored.version());
        answer.put("loadedAt", explored.loadedAt().toString());
        answer.put("events", log.eventCount());
        answer.put("cases", log.caseCount());
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (long t : log.timeMicros()) {
            first = Math.min(first, t);
            last = Math.max(last, t);
        }
        answer.put("from", log.eventCount() == 0 ? null : micros(first));
        answer.put("to", log.eventCount() == 0 ? null : micros(last));
        answer.set(
                "activities",
                mapper.valueToTree(explored.results()
                        .get("activities:null", () -> ActivityFrequency.of(log), list -> list.size() * 96L)));
        ArrayNode attributes = answer.putArray("attributes");
        for (String name : CaseValues.attributeNames(log)) {
            attributes.add(attribute(mapper, CaseValues.of(log, name)));
        }
        return answer;
    }

    private static ObjectNode attribute(ObjectMapper mapper, CaseValues column) {
        long[] cases = new long[column.values().length];
        for (int code : column.codeOfCase()) {
            if (code >= 0) {
                cases[code]++;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int v = 0; v < cases.length; v++) {
            if (cases[v] > 0) {
                order.add(v);
            }
        }
        order.sort(Comparator.comparingLong((Integer v) -> -cases[v]).thenComparing(v -> column.values()[v]));
        ObjectNode node = mapper.createObjectNode();
        node.put("name", column.attribute());
        node.put("distinctValues", order.size());
        ArrayNode values = node.putArray("values");
        for (int v : order.subList(0, Math.min(VALUES_LISTED, order.size()))) {
            values.addObject().put("value", column.values()[v]).put("cases", cases[v]);
        }
        return node;
    }

    private static String micros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L)
                .toString();
    }
}
