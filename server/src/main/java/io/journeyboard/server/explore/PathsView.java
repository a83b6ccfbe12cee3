package io.journeyboard.server.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.variants.PathSankey;
import java.util.HashMap;
import java.util.Map;

/**
 * Paths as a Sankey forwards from, or backwards to, the first occurrence of an activity in each case of
 * a segment: {@code activity}, {@code direction}, {@code depth}, {@code nodesPerLevel}, {@code expand}
 * (level index to how many more activities that level shows) and {@code topPaths}.
 */
final class PathsView {

    private final ObjectMapper mapper;

    PathsView(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode paths(ExploredLog explored, QueryReader reader) {
        EventLog log = explored.log();
        int activity = reader.activity("activity");
        boolean backward =
                reader.choice("direction", "forward", "forward", "backward").equals("backward");
        int depth = reader.integer("depth", 5, 1, 50);
        int nodes = reader.integer("nodesPerLevel", 6, 1, 100);
        // expanding a node or showing more per level re-uses the walk of the same start, direction and depth
        String key =
                Canonical.key("walk", reader.node().get("segment")) + "|" + activity + "|" + backward + "|" + depth;
        PathSankey.Walk walk = explored.results()
                .get(key, () -> walk(explored, reader, activity, backward, depth), PathSankey.Walk::bytes);
        PathSankey sankey =
                PathSankey.of(log, walk, nodes, expand(reader, depth), reader.integer("topPaths", 10, 0, 100));
        ObjectNode answer = mapper.createObjectNode();
        answer.put("activity", log.activityNames()[activity]);
        answer.set("paths", mapper.valueToTree(sankey));
        return answer;
    }

    private static PathSankey.Walk walk(
            ExploredLog explored, QueryReader reader, int activity, boolean backward, int depth) {
        EventLog log = explored.log();
        boolean[] keep = CachedAnalyses.segmentCases(explored, reader);
        int[] starts = new int[log.caseCount()];
        for (int c = 0; c < starts.length; c++) {
            starts[c] = keep[c] ? first(log, c, activity) : -1;
        }
        return PathSankey.Walk.of(log, starts, backward, depth);
    }

    private static int first(EventLog log, int c, int activity) {
        for (int e = log.caseStart()[c]; e < log.caseStart()[c + 1]; e++) {
            if (log.activity()[e] == activity) {
                return e;
            }
        }
        return -1;
    }

    private static Map<Integer, Integer> expand(QueryReader reader, int depth) {
        JsonNode expand = reader.node().get("expand");
        Map<Integer, Integer> extra = new HashMap<>();
        if (expand == null || expand.isNull()) {
            return extra;
        }
        if (!expand.isObject()) {
            throw QueryReader.invalid(
                    "expand",
                    "must map a level (1 to " + depth + ") to how many more activities " + "it shows, e.g. {\"2\": 5}");
        }
        expand.fields().forEachRemaining(entry -> {
            int level;
            try {
                level = Integer.parseInt(entry.getKey());
            } catch (NumberFormatException e) {
                level = -1;
            }
            if (level < 0
                    || level > depth
                    || !entry.getValue().canConvertToInt()
                    || entry.getValue().asInt() < 0) {
                throw QueryReader.invalid(
                        "expand." + entry.getKey(),
                        "a level from 0 to " + depth + " with a count of more activities (0 or more)");
            }
            extra.put(level, Math.min(1000, entry.getValue().asInt()));
        });
        return extra;
    }
}
