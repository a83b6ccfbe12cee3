package io.journeyboard.server.dataset;

import io.javalin.http.Context;
import io.journeyboard.analytics.log.LogColumnRole;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Columns a caller names for roles in the query ({@code case=ticket&time=opened}); roles not named are detected. */
final class ColumnParameters {

    private ColumnParameters() {}

    static Map<LogColumnRole, String> of(Context ctx) {
        Map<LogColumnRole, String> given = new EnumMap<>(LogColumnRole.class);
        for (LogColumnRole role : LogColumnRole.values()) {
            String column = ctx.queryParam(role.name().toLowerCase(Locale.ROOT));
            if (column != null && !column.isBlank()) {
                given.put(role, column);
            }
        }
        return given;
    }
}
