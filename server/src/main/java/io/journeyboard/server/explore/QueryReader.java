package io.journeyboard.server.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.segment.CaseValues;
import io.journeyboard.analytics.segment.Segment;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.FieldError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of an explore query against the log it asks about; every wrong field is a 400 that
 * names the field (such as {@code segment.from}) and says what it should be, so nothing is computed on
 * a guess.
 */
final class QueryReader {

    private final JsonNode query;
    private final EventLog log;
    private final Function<String, CaseValues> columns;

    QueryReader(JsonNode query, EventLog log) {
        this(query, log, name -> CaseValues.of(log, name));
    }

    /** {@code columns} gives each case's value of an attribute, so a caller can keep them between queries. */
    QueryReader(JsonNode query, EventLog log, Function<String, CaseValues> columns) {
        this.query = query == null || query.isNull() ? NullNode.getInstance() : query;
        this.log = log;
        this.columns = columns;
    }

    JsonNode node() {
        return query;
    }

    static ApiException invalid(String field, String message) {
        return ApiException.invalid(List.of(new FieldError(field, message)));
    }

    int integer(String field, int fallback, int min, int max) {
        JsonNode value = query.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < min || value.asInt() > max) {
            throw invalid(field, "must be a whole number from " + min + " to " + max + ", got " + value);
        }
        return value.asInt();
    }

    boolean flag(String field, boolean fallback) {
        JsonNode value = query.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw invalid(field, "must be true or false, got " + value);
        }
        return value.asBoolean();
    }

    String text(String field, String fallback) {
        JsonNode value = query.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw invalid(field, "must be a non-empty string, got " + value);
        }
        return value.asText();
    }

    /** One of {@code allowed} (lower case); the fallback when absent. */
    String choice(String field, String fallback, String... allowed) {
        String value = text(field, fallback);
        if (value != null && !Arrays.asList(allowed).contains(value)) {
            throw invalid(field, "must be one of " + String.join(", ", allowed) + ", got \"" + value + "\"");
        }
        return value;
    }

    /** An activity of the log, named exactly. */
    int activity(String field) {
        String name = text(field, null);
        if (name == null) {
            throw invalid(field, "name the activity to start from (the log's overview lists them)");
        }
        int code = Arrays.asList(log.activityNames()).indexOf(name);
        if (code < 0) {
            throw invalid(field, "\"" + name + "\" is not an activity of this log");
        }
        return code;
    }

    List<String> strings(String field) {
        JsonNode value = query.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw invalid(field, "must be a list of strings, got " + value);
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                throw invalid(field + "[" + i + "]", "must be a string, got " + value.get(i));
            }
            items.add(value.get(i).asText());
        }
        return items;
    }

    /** Attribute columns of the log, each read per case. */
    List<CaseValues> attributes(String field) {
        List<String> names = strings(field);
        List<String> known = CaseValues.attributeNames(log);
        List<CaseValues> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!known.contains(names.get(i))) {
                throw invalid(
                        field + "[" + i + "]",
                        "\"" + names.get(i) + "\" is not an attribute of this log; its " + "attributes are " + known);
            }
            found.add(this.columns.apply(names.get(i)));
        }
        return found;
    }

    /** The {@code segment} field: attribute values, a period of case starts and a variant; all cases when absent. */
    Segment segment() {
        JsonNode node = query.get("segment");
        if (node == null || node.isNull()) {
            return Segment.ALL;
        }
        if (!node.isObject()) {
            throw invalid("segment", "must be an object with attributes, from, to and variant, got " + node);
        }
        QueryReader inner = new QueryReader(node, log);
        Map<String, Set<String>> attributes = new LinkedHashMap<>();
        JsonNode given = node.get("attributes");
        if (given != null && !given.isNull()) {
            if (!given.isObject()) {
                throw invalid("segment.attributes", "must map attribute names to lists of values, got " + given);
            }
            List<String> known = CaseValues.attributeNames(log);
            given.fieldNames().forEachRemaining(name -> {
                if (!known.contains(name)) {
                    throw invalid(
                            "segment.attributes." + name,
                            "is not an attribute of this log; its attributes are " + known);
                }
                attributes.put(name, new LinkedHashSet<>(new QueryReader(given, log).strings(name)));
            });
        }
        List<String> variant = node.has("variant") && !node.get("variant").isNull() ? inner.strings("variant") : null;
        return new Segment(
                attributes, inner.instant("from", "segment.from"), inner.instant("to", "segment.to"), variant);
    }

    /** An ISO-8601 instant or date (UTC) as epoch microseconds, or null when absent. */
    private Long instant(String field, String path) {
        String text = text(field, null);
        if (text == null) {
            return null;
        }
        try {
            Instant instant = text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
            return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000;
        } catch (DateTimeParseException e) {
            throw invalid(
                    path, "must be a date (2024-03-01) or an instant (2024-03-01T09:30:00Z), got \"" + text + "\"");
        }
    }
}
