package io.journeyboard.spark.figures;

import io.journeyboard.analytics.funnel.StageMapping;
import io.journeyboard.analytics.funnel.StageMatcher;
import io.journeyboard.analytics.log.EventLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Runs the engine's {@link StageMatcher} over the cases of one partition (events grouped by case and in case
 * order): per case, whether it entered the funnel and converted, the wait in microseconds to each stage it
 * reached (null where not reached) and its distinct activities, for the moments of truth. Array columns
 * of rows built by hand must be Scala sequences.
 */
final class CaseFunnels implements MapPartitionsFunction<Row, Row> {

    static final StructType SCHEMA = new StructType()
            .add("case", DataTypes.StringType)
            .add("entered", DataTypes.BooleanType)
            .add("converted", DataTypes.BooleanType)
            .add("waits", DataTypes.createArrayType(DataTypes.LongType, true))
            .add("activities", DataTypes.createArrayType(DataTypes.StringType, false));

    private static final long serialVersionUID = 1L;

    private final StageMapping mapping;
    private final String[] activityNames;

    CaseFunnels(StageMapping mapping, String[] activityNames) {
        this.mapping = mapping;
        this.activityNames = activityNames;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> events) {
        Map<String, Integer> codes = new HashMap<>();
        for (int a = 0; a < activityNames.length; a++) {
            codes.put(activityNames[a], a);
        }
        List<String> caseNames = new ArrayList<>();
        List<Integer> caseStarts = new ArrayList<>();
        int[] activity = new int[1024];
        long[] time = new long[1024];
        int size = 0;
        while (events.hasNext()) {
            Row event = events.next();
            String caseName = event.getString(0);
            if (caseNames.isEmpty() || !caseNames.get(caseNames.size() - 1).equals(caseName)) {
                caseNames.add(caseName);
                caseStarts.add(size);
            }
            if (size == activity.length) {
                activity = Arrays.copyOf(activity, size * 2);
                time = Arrays.copyOf(time, size * 2);
            }
            activity[size] = codes.get(event.getString(1));
            time[size++] = event.getLong(2);
        }
        caseStarts.add(size);
        int[] start = caseStarts.stream().mapToInt(Integer::intValue).toArray();
        EventLog log = new EventLog(
                caseNames.toArray(String[]::new),
                start,
                activityNames,
                Arrays.copyOf(activity, size),
                Arrays.copyOf(time, size),
                null,
                null,
                null,
                null,
                null,
                Map.of());
        return matchAll(log).iterator();
    }

    private List<Row> matchAll(EventLog log) {
        StageMatcher matcher = new StageMatcher(log, mapping);
        int stages = matcher.stageCount();
        int lastRequired = stages - 1;
        while (matcher.optional(lastRequired)) {
            lastRequired--;
        }
        long[] reach = new long[stages];
        List<Row> rows = new ArrayList<>(log.caseCount());
        for (int c = 0; c < log.caseCount(); c++) {
            matcher.match(log.caseStart()[c], log.caseStart()[c + 1], reach);
            // The wait to each reached stage runs from the last required stage reached before it, as the engine's
            Long[] waits = new Long[stages];
            long previousTime = reach[0];
            for (int s = 0; s < stages; s++) {
                if (reach[s] == StageMatcher.NOT_REACHED) {
                    continue;
                }
                waits[s] = Math.max(0, reach[s] - previousTime);
                if (!matcher.optional(s)) {
                    previousTime = reach[s];
                }
            }
            Set<String> activities = new LinkedHashSet<>();
            for (int e = log.caseStart()[c]; e < log.caseStart()[c + 1]; e++) {
                activities.add(activityNames[log.activity()[e]]);
            }
            rows.add(RowFactory.create(
                    log.caseNames()[c],
                    reach[0] != StageMatcher.NOT_REACHED,
                    reach[lastRequired] != StageMatcher.NOT_REACHED,
                    CollectionConverters.asScala(Arrays.asList(waits)),
                    CollectionConverters.asScala(new ArrayList<>(activities))));
        }
        return rows;
    }
}
