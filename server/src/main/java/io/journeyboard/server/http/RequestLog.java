package io.journeyboard.server.http;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One structured (key=value) log line per request: method, path, status and time taken. */
public final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("io.journeyboard.server.request");

    private RequestLog() {
    }

    public static void log(Context ctx, Float millis) {
        LOG.info("event=request method={} path={} status={} ms={}", ctx.method(), ctx.path(), ctx.statusCode(),
                millis == null ? "-" : String.format("%.1f", millis));
    }
}
