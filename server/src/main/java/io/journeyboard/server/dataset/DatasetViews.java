package io.journeyboard.server.dataset;

import io.journeyboard.analytics.log.Categorical;
import io.journeyboard.analytics.log.EventLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What the API shows of a dataset: the list entry, and the details with what its events hold. */
public final class DatasetViews {

    private static final int MAX_VALUES_SHOWN = 50;

    private DatasetViews() {}

    static Map<String, Object> brief(Dataset dataset) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", dataset.id());
        view.put("name", dataset.name());
        view.put("events", dataset.events());
        view.put("batches", dataset.batches());
        view.put("createdAt", dataset.createdAt().toString());
        view.put("updatedAt", dataset.updatedAt().toString());
        if (dataset.deleted()) {
            view.put("deletedAt", dataset.deletedAt().toString());
            view.put("deletedBy", dataset.deletedBy());
        }
        return view;
    }

    /** The brief view plus cases, period, activities by frequency, the attributes to narrow by, and the batches. */
    static Map<String, Object> detailed(Dataset dataset, EventLog log, List<StoredBatch> batches) {
        Map<String, Object> view = brief(dataset);
        view.put("cases", log.caseCount());
        view.put("period", period(log));
        view.put("activities", activities(log));
        view.put("attributes", attributes(log));
        view.put(
                "batchList",
                batches.stream()
                        .map(b -> {
                            Map<String, Object> batch = new LinkedHashMap<>();
                            batch.put("seq", b.seq());
                            batch.put("events", b.events());
                            batch.put("source", b.source());
                            batch.put("addedAt", b.addedAt().toString());
                            if (b.idempotencyKey() != null) {
                                batch.put("idempotencyKey", b.idempotencyKey());
                            }
                            return batch;
                        })
                        .toList());
        return view;
    }

    public static Map<String, Object> period(EventLog log) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (long time : log.timeMicros()) {
            first = Math.min(first, time);
            last = Math.max(last, time);
        }
        Map<String, Object> period = new LinkedHashMap<>();
        if (log.eventCount() > 0) {
            period.put("from", micros(first).toString());
            period.put("to", micros(last).toString());
        }
        return period;
    }

    private static Instant micros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
    }

    private static List<Map<String, Object>> activities(EventLog log) {
        long[] counts = new long[log.activityCount()];
        for (int code : log.activity()) {
            counts[code]++;
        }
        List<Map<String, Object>> activities = new ArrayList<>();
        for (int a = 0; a < counts.length; a++) {
            activities.add(Map.of("name", log.activityNames()[a], "events", counts[a]));
        }
        activities.sort(Comparator.comparingLong((Map<String, Object> a) -> (Long) a.get("events"))
                .reversed());
        return activities;
    }

    private static List<Map<String, Object>> attributes(EventLog log) {
        return Stream.concat(Stream.of(log.channel(), log.stage(), log.resource()), log.attributes().values().stream())
                .filter(column -> column != null)
                .map(column -> Map.<String, Object>of("name", column.name(), "values", values(column)))
                .toList();
    }

    private static List<String> values(Categorical column) {
        String[] values = column.values();
        return List.of(values).subList(0, Math.min(values.length, MAX_VALUES_SHOWN));
    }
}
