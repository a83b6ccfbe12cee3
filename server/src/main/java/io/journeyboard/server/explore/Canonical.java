package io.journeyboard.server.explore;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A query's JSON written with its object keys sorted, so that the same query always makes the same cache key. */
final class Canonical {

    private Canonical() {}

    static String key(String kind, JsonNode query) {
        StringBuilder out = new StringBuilder(kind).append(':');
        write(query, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node == null) {
            out.append("null");
        } else if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            out.append('{');
            for (String name : names) {
                out.append('"').append(name).append("\":");
                write(node.get(name), out);
                out.append(',');
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            node.forEach(item -> {
                write(item, out);
                out.append(',');
            });
            out.append(']');
        } else {
            out.append(node);
        }
    }
}
