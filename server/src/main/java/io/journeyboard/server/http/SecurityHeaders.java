package io.journeyboard.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * The headers every answer carries so that a browser limits what a page or a file from this server
 * may do: the web app's content security policy (as a header, where {@code frame-ancestors} works),
 * no type sniffing, no referrer (share-link tokens live in paths), and no caching of private API
 * answers.
 */
public final class SecurityHeaders {

    /** The web app loads its own scripts and styles, inline styles, and images from itself, data: and https:. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** The page that shows a share link's map (its token after the #): the one page other sites may frame. */
    public static final String EMBEDDABLE_PAGE = "/share.html";

    private final String apiPrefix;

    /** @param apiPrefix the path under which answers are private to the caller, e.g. {@code /api/v1} */
    public SecurityHeaders(String apiPrefix) {
        this.apiPrefix = apiPrefix;
    }

    /** Sets the headers before every handler, so error answers carry them too. */
    public void install(Javalin app) {
        app.before(this::apply);
    }

    private void apply(Context ctx) {
        // the read-only viewer of a share link is made to be embedded in other sites' pages; nothing else may be framed
        boolean embeddable = ctx.path().equals(EMBEDDABLE_PAGE);
        ctx.header(
                "Content-Security-Policy",
                embeddable
                        ? CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors *")
                        : CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        if (!embeddable) {
            ctx.header("X-Frame-Options", "DENY");
        }
        if (ctx.path().startsWith(apiPrefix + "/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
