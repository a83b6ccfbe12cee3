package io.journeyboard.server.evidence;

import io.javalin.http.Context;
import io.journeyboard.model.evidence.EvidenceKind;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.FieldError;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The query parameters of the library's lists: a search text ({@code q}), a kind, and a page
 * ({@code offset}, {@code limit}); each bad one is named in a 400 with how to write it.
 */
record LibraryQuery(String text, EvidenceKind kind, int offset, int limit) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    private static final int MAX_TEXT = 200;

    static LibraryQuery of(Context ctx) {
        String text = ctx.queryParam("q");
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw invalid("q", "must be at most " + MAX_TEXT + " characters");
        }
        return new LibraryQuery(
                text,
                kind(ctx.queryParam("kind")),
                number(ctx, "offset", 0, 0, Integer.MAX_VALUE),
                number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT));
    }

    private static EvidenceKind kind(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        return Arrays.stream(EvidenceKind.values())
                .filter(k -> k.name().equalsIgnoreCase(given.strip()))
                .findFirst()
                .orElseThrow(() -> invalid(
                        "kind",
                        "'" + given + "' is not a kind of evidence; use one of "
                                + Arrays.stream(EvidenceKind.values())
                                        .map(k -> k.name().toLowerCase(Locale.ROOT))
                                        .collect(Collectors.joining(", "))));
    }

    private static int number(Context ctx, String name, int fallback, int least, int most) {
        String given = ctx.queryParam(name);
        if (given == null || given.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(given.strip());
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, as a number out of range is
        }
        throw invalid(
                name,
                "'" + given + "' is not a whole number from " + least
                        + (most == Integer.MAX_VALUE ? " up" : " to " + most));
    }

    private static ApiException invalid(String field, String message) {
        return ApiException.invalid(List.of(new FieldError(field, message)));
    }
}
