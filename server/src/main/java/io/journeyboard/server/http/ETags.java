package io.journeyboard.server.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * A journey's version as an entity tag ({@code "7"}). Every write to a journey must say which version
 * it was made from, so that a writer never overwrites a change it has not seen.
 */
public final class ETags {

    private ETags() {}

    public static String of(int version) {
        return "\"" + version + "\"";
    }

    /** The version in If-Match; 428 when it is missing, 412 when weak, 400 when it is not a version. */
    public static int expectedVersion(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank()) {
            throw new ApiException(
                    428,
                    "Precondition required",
                    "send If-Match with the ETag of the version you edited (GET the journey to learn it)");
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            // RFC 9110 13.1.1: If-Match compares strongly, so a weak tag never matches
            throw new ApiException(
                    412,
                    "Precondition failed",
                    "If-Match '" + header + "' is a weak ETag, which never "
                            + "matches on a write; send the strong ETag the journey was read with, such as \"3\"");
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            throw new ApiException(
                    400,
                    "Bad request",
                    "If-Match '" + header + "' is not a journey ETag such as \"3\"",
                    Map.of("errors", List.of(new FieldError("If-Match", "must be an ETag such as \"3\""))));
        }
    }
}
