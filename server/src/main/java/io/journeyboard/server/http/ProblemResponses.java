package io.journeyboard.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.journeyboard.problems.BadInputException;
import io.journeyboard.server.store.SqlFailures;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into an {@code application/problem+json} answer (RFC 9457); never a stack trace. */
public final class ProblemResponses {

    public static final String CONTENT_TYPE = "application/problem+json";
    /** RFC 9457 defines no charset parameter, but without one some clients read the details as Latin-1. */
    public static final String CONTENT_TYPE_UTF8 = CONTENT_TYPE + ";charset=utf-8";

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    private static final int BUSY_RETRY_SECONDS = 2;

    private final ObjectMapper mapper;

    public ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Registers the handlers on {@code app}. */
    public void install(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            answer(ctx, e.status(), e.title(), e.getMessage(), e.extensions());
        });
        app.exception(BadInputException.class, (e, ctx) -> {
            ApiException answer = BadInputAnswer.of(e);
            answer(ctx, answer.status(), answer.title(), answer.getMessage(), answer.extensions());
        });
        app.exception(
                HttpResponseException.class,
                (e, ctx) -> answer(ctx, e.getStatus(), titleOf(e.getStatus()), e.getMessage(), Map.of()));
        app.exception(Exception.class, (e, ctx) -> {
            if (SqlFailures.isLockTimeout(e)) {
                busy(ctx);
                return;
            }
            LOG.error(
                    "event=unhandled method={} path={}",
                    ctx.method(),
                    RequestLog.redacted(ctx.path()),
                    LoggedFailure.of(e));
            answer(ctx, 500, "Internal error", "the server failed; the error is in its log", Map.of());
        });
        app.error(404, ctx -> {
            if (ctx.result() == null
                    && (ctx.contentType() == null || !ctx.contentType().startsWith(CONTENT_TYPE))) {
                answer(ctx, 404, "Not found", "there is nothing at " + ctx.method() + " " + ctx.path(), Map.of());
            }
        });
        app.error(
                405,
                ctx -> answer(
                        ctx, 405, "Method not allowed", ctx.method() + " is not allowed on " + ctx.path(), Map.of()));
    }

    /** A write that waited its database's lock timeout for another write (a large import, say): retry, never a 500. */
    private void busy(Context ctx) {
        LOG.warn("event=lock-timeout method={} path={}", ctx.method(), RequestLog.redacted(ctx.path()));
        ctx.header("Retry-After", Integer.toString(BUSY_RETRY_SECONDS));
        answer(
                ctx,
                503,
                "Busy",
                "another write to the same data is taking long (an import, for example) and "
                        + "nothing was changed; send the request again in a few seconds",
                Map.of("retryAfterSeconds", BUSY_RETRY_SECONDS));
    }

    private void answer(Context ctx, int status, String title, String detail, Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", ctx.path());
        body.putAll(extensions);
        ctx.status(status).contentType(CONTENT_TYPE_UTF8).result(Json.write(mapper, body));
    }

    private static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 413 -> "Content too large";
            case 415 -> "Unsupported media type";
            default -> "Error";
        };
    }
}
