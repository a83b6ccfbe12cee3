package io.journeyboard.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Reads request bodies within the size limit and with the media type a route accepts; a malformed
 * body becomes a 400 whose {@code errors} name the field that is wrong.
 */
public final class Bodies {

    private final ObjectMapper mapper;
    private final long maxBytes;

    public Bodies(ObjectMapper mapper, long maxBytes) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
    }

    /** The JSON body as {@code type}; 415 unless it is sent as JSON. */
    public <T> T json(Context ctx, Class<T> type) {
        requireType(ctx, "application/json");
        byte[] body = bytes(ctx);
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw ApiException.badRequest("the request body is empty; send a JSON object");
            }
            return value;
        } catch (JsonMappingException e) {
            throw ApiException.invalid(List.of(new FieldError(path(e), e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            throw new ApiException(
                    400, "Malformed JSON", "the body is not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body as text, for formats such as Mermaid. */
    public String text(Context ctx) {
        return new String(bytes(ctx), StandardCharsets.UTF_8);
    }

    /** The raw body, at most the configured number of bytes; 413 above it. */
    public byte[] bytes(Context ctx) {
        // the long form: the int one answers -1 for 2 GiB and more, which would skip this early refusal
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw tooLarge();
            }
            return body;
        } catch (BadMessageException e) {
            throw tooSlow();
        } catch (IOException e) {
            if (causedByTimeout(e)) {
                throw tooSlow();
            }
            throw ApiException.badRequest("the request body could not be read: " + e.getMessage());
        }
    }

    /** Jetty refuses a body arriving below the minimum data rate, and a read times out when the client falls silent. */
    private static ApiException tooSlow() {
        return new ApiException(
                408,
                "Request timeout",
                "the request body arrived too slowly (below "
                        + SlowClients.MIN_BODY_BYTES_PER_SECOND + " bytes per second, or nothing for "
                        + SlowClients.IDLE_TIMEOUT.toSeconds() + " seconds); send it again over a faster connection");
    }

    private static boolean causedByTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** 415 unless the request's Content-Type is one of {@code accepted} (JSON also accepts {@code +json} types). */
    public static void requireType(Context ctx, String... accepted) {
        String type = ctx.contentType() == null
                ? ""
                : ctx.contentType().split(";")[0].strip().toLowerCase();
        for (String ok : accepted) {
            if (type.equals(ok) || ok.equals("application/json") && type.endsWith("+json")) {
                return;
            }
        }
        throw new ApiException(
                415,
                "Unsupported media type",
                "send the body as " + String.join(" or ", accepted)
                        + (type.isEmpty() ? "; the request has no Content-Type" : ", not " + type));
    }

    private ApiException tooLarge() {
        return new ApiException(
                413,
                "Content too large",
                "the body is larger than the limit of " + maxBytes + " bytes",
                Map.of("limitBytes", maxBytes));
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }
}
