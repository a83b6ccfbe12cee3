package io.journeyboard.server.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the server refuses, answered as an RFC 9457 problem: the status, a short title, a detail
 * the user can act on, and extension members such as {@code errors} or {@code currentVersion}.
 */
public final class ApiException extends RuntimeException {

    /** The status logged for a request whose client left before its answer. */
    public static final int CLIENT_GONE = 499;

    private final int status;
    private final String title;
    private final Map<String, Object> extensions;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiException(int status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    public ApiException(int status, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.title = title;
        this.extensions = new LinkedHashMap<>(extensions);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "Bad request", detail);
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(
                400, "Invalid document", errors.size() + " field(s) are invalid; see errors", Map.of("errors", errors));
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(401, "Not signed in", detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "Forbidden", detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "Not found", detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Conflict", detail);
    }

    /** A version conflict: the writer's If-Match is not the current version, which the answer names. */
    public static ApiException staleVersion(int expected, int currentVersion) {
        return new ApiException(
                        409,
                        "Version conflict",
                        "you edited version " + expected + " but the journey is at version " + currentVersion
                                + "; GET it, merge your change and send it again with If-Match: \"" + currentVersion
                                + "\"",
                        Map.of("currentVersion", currentVersion))
                .withHeader("ETag", ETags.of(currentVersion));
    }

    /** Adds a response header to the problem answer (ETag, Retry-After). */
    /**
     * The client left before its answer was ready and the work was stopped; 499 (as nginx logs it)
     * reaches nobody, but says so in the request log.
     */
    public static ApiException clientGone() {
        return new ApiException(
                CLIENT_GONE, "Client closed request", "the client closed the connection before the answer was ready");
    }

    public ApiException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
