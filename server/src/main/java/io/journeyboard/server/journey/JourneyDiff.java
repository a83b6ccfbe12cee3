package io.journeyboard.server.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.journeyboard.model.journey.Journey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The differences between two states of a journey, as a list of changed paths. Lists whose items
 * carry ids (stages, steps, lanes, cards, opportunities) are matched by id, so moving or editing one
 * card reads as a change to that card ({@code cards[id=c7].text}), not to every card after it.
 */
public final class JourneyDiff {

    /** One difference: a field or item added, removed or changed, with its values before and after. */
    public record Change(String path, String op, JsonNode before, JsonNode after) {}

    private final ObjectMapper mapper;

    public JourneyDiff(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public List<Change> between(Journey before, Journey after) {
        List<Change> changes = new ArrayList<>();
        compare("", mapper.valueToTree(before), mapper.valueToTree(after), changes);
        return changes;
    }

    private void compare(String path, JsonNode before, JsonNode after, List<Change> changes) {
        if (before == null || before.isNull() || before.isMissingNode()) {
            if (after != null && !after.isNull() && !after.isMissingNode()) {
                changes.add(new Change(label(path), "added", NullNode.instance, after));
            }
        } else if (after == null || after.isNull() || after.isMissingNode()) {
            changes.add(new Change(label(path), "removed", before, NullNode.instance));
        } else if (before.isObject() && after.isObject()) {
            Set<String> fields = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(fields::add);
            after.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                compare(path.isEmpty() ? field : path + "." + field, before.get(field), after.get(field), changes);
            }
        } else if (before.isArray() && after.isArray() && hasIds(before) && hasIds(after)) {
            compareById(path, byId(before), byId(after), changes);
        } else if (before.isArray() && after.isArray()) {
            int size = Math.max(before.size(), after.size());
            for (int i = 0; i < size; i++) {
                compare(path + "[" + i + "]", before.get(i), after.get(i), changes);
            }
        } else if (!before.equals(after)) {
            changes.add(new Change(label(path), "changed", before, after));
        }
    }

    private void compareById(
            String path, Map<String, JsonNode> before, Map<String, JsonNode> after, List<Change> changes) {
        Set<String> ids = new LinkedHashSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (String id : ids) {
            compare(path + "[id=" + id + "]", before.get(id), after.get(id), changes);
        }
        List<String> commonBefore =
                before.keySet().stream().filter(after::containsKey).toList();
        List<String> commonAfter =
                after.keySet().stream().filter(before::containsKey).toList();
        if (!commonBefore.equals(commonAfter)) {
            changes.add(
                    new Change(path, "reordered", mapper.valueToTree(commonBefore), mapper.valueToTree(commonAfter)));
        }
    }

    private static boolean hasIds(JsonNode array) {
        Iterator<JsonNode> items = array.elements();
        while (items.hasNext()) {
            JsonNode item = items.next();
            if (!item.isObject() || !item.path("id").isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        array.elements()
                .forEachRemaining(item -> items.putIfAbsent(item.get("id").asText(), item));
        return items;
    }

    private static String label(String path) {
        return path.isEmpty() ? "(journey)" : path;
    }
}
