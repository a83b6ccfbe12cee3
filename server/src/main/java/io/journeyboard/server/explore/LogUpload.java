package io.journeyboard.server.explore;

import io.javalin.http.Context;
import io.journeyboard.analytics.log.Categorical;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.log.LoadedLog;
import io.journeyboard.analytics.log.LogColumnMapping;
import io.journeyboard.analytics.log.LogColumnRole;
import io.journeyboard.problems.BadInputException;
import io.journeyboard.server.analytics.AnalyticsRoutes;
import io.journeyboard.server.http.Upload;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An uploaded log read for exploring: the columns are those of the analytics route (named in the query
 * or detected), and every other column is kept as an attribute, except the ones that cannot split cases
 * usefully: columns already playing a role, and those with a distinct value for (nearly) every case or
 * event, such as ids and timestamps, which would only cost memory.
 */
final class LogUpload {

    private static final int MANY_VALUES = 1000;

    private LogUpload() {}

    static LoadedLog read(Context ctx, Upload upload) {
        List<String> offered = withoutRoles(LogColumns.peek(upload.path()), ctx);
        LoadedLog loaded = AnalyticsRoutes.read(ctx, upload, offered);
        return new LoadedLog(keepUseful(loaded.log(), loaded.ingest().columns().values()), loaded.ingest());
    }

    /** The offered columns less those the query or the detection gives a role: reading them twice would cost memory. */
    private static List<String> withoutRoles(List<String> offered, Context ctx) {
        Set<String> roles = new HashSet<>();
        for (LogColumnRole role : LogColumnRole.values()) {
            String given = ctx.queryParam(role.name().toLowerCase(Locale.ROOT));
            if (given != null) {
                roles.add(given);
            }
        }
        try {
            LogColumnMapping.ResolvedColumns resolved =
                    LogColumnMapping.detect().resolve(offered, "upload");
            for (LogColumnRole role : LogColumnRole.values()) {
                if (resolved.has(role)) {
                    roles.add(resolved.name(role));
                }
            }
        } catch (BadInputException e) {
            // a required role is not detected: the reader, given the query's columns, reports what is wrong
        }
        return offered.stream().filter(name -> !roles.contains(name)).toList();
    }

    private static EventLog keepUseful(EventLog log, Collection<String> roleColumns) {
        Map<String, Categorical> kept = new LinkedHashMap<>();
        log.attributes().forEach((name, column) -> {
            boolean idLike = column.values().length > MANY_VALUES && column.values().length * 2L > log.caseCount();
            if (!roleColumns.contains(name)
                    && !idLike
                    && Arrays.stream(column.codes()).anyMatch(code -> code >= 0)) {
                kept.put(name, column);
            }
        });
        return new EventLog(
                log.caseNames(),
                log.caseStart(),
                log.activityNames(),
                log.activity(),
                log.timeMicros(),
                log.channel(),
                log.stage(),
                log.resource(),
                log.score(),
                log.text(),
                kept);
    }
}
