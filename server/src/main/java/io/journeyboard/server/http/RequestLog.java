package io.journeyboard.server.http;

import io.javalin.http.Context;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One structured (key=value) log line per request: method, path, status and time taken. */
public final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("io.journeyboard.server.request");

    /** A share link's token is a password to its journey: it stays out of the log. */
    private static final Pattern SHARE_TOKEN = Pattern.compile("(/shared/)[^/]+");

    private RequestLog() {
    }

    /** {@code path} as it may be logged: secrets in it replaced by {@code ***}. */
    public static String redacted(String path) {
        return SHARE_TOKEN.matcher(path).replaceAll("$1***");
    }

    public static void log(Context ctx, Float millis) {
        LOG.info("event=request method={} path={} status={} ms={}", ctx.method(), redacted(ctx.path()), ctx.statusCode(),
                millis == null ? "-" : String.format("%.1f", millis));
    }
}
