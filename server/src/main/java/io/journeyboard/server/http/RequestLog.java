package io.journeyboard.server.http;

import java.util.regex.Pattern;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured (key=value) log line per request: method, path, status and time taken. Jetty calls
 * it when it is done with a request, also when the client left before its answer was written (then
 * at WARN, with {@code client=gone}), which a logger in the request's own handling would miss.
 */
public final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("io.journeyboard.server.request");
    /** A share link's token is a password to its journey: it stays out of the log. */
    private static final Pattern SHARE_TOKEN = Pattern.compile("(/shared/)[^/]+");

    private RequestLog() {}

    /** Logs one finished request; fits Jetty's {@code RequestLog} interface. */
    public static void log(Request request, Response response) {
        String millis = tenths(System.nanoTime() - request.getBeginNanoTime());
        String path = redacted(request.getRequestURI() == null ? "" : request.getRequestURI());
        String method = request.getMethod();
        int status = response.getStatus();
        if (clientGone(request, response)) {
            LOG.warn("event=request method={} path={} status={} ms={} client=gone", method, path, status, millis);
        } else {
            LOG.info("event=request method={} path={} status={} ms={}", method, path, status, millis);
        }
    }

    /**
     * Milliseconds with one decimal, as {@code %.1f} would write them at a fraction of its cost (it runs per
     * request).
     */
    static String tenths(long nanos) {
        long tenths = Math.round(nanos / 100_000.0);
        return tenths / 10 + "." + tenths % 10;
    }

    /** {@code path} as it may be logged: secrets in it replaced by {@code ***}. */
    public static String redacted(String path) {
        return SHARE_TOKEN.matcher(path).replaceAll("$1***");
    }

    private static boolean clientGone(Request request, Response response) {
        return response.getStatus() == ApiException.CLIENT_GONE
                || !request.getHttpChannel().getEndPoint().isOpen()
                || !request.getHttpChannel().isResponseCompleted();
    }
}
