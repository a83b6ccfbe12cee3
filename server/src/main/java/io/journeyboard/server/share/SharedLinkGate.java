package io.journeyboard.server.share;

import io.javalin.http.Context;
import io.journeyboard.server.account.LoginRateLimiter;
import io.journeyboard.server.account.Passwords;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.journey.JourneyStore;
import io.journeyboard.server.journey.StoredJourney;
import java.util.Map;

/**
 * The one check of every request through a share link: the token is live and, for a link with a
 * password, the {@code X-Share-Password} header holds it. Wrong passwords count like failed sign-ins
 * (per link and per address), so a link's password cannot be guessed quickly.
 */
public final class SharedLinkGate {

    public static final String PASSWORD_HEADER = "X-Share-Password";

    private final ShareLinkStore links;
    private final JourneyStore journeys;
    private final Passwords passwords;
    private final LoginRateLimiter limiter;

    public SharedLinkGate(ShareLinkStore links, JourneyStore journeys, Passwords passwords, LoginRateLimiter limiter) {
        this.links = links;
        this.journeys = journeys;
        this.passwords = passwords;
        this.limiter = limiter;
    }

    /** The link of the request's {@code {token}}: 404 when unknown, revoked or expired; 401 without its password. */
    public ShareLinkStore.Target enter(Context ctx) {
        ShareLinkStore.Target target = links.open(ctx.pathParam("token"))
                .orElseThrow(() -> ApiException.notFound("this share link is unknown, revoked or expired"));
        if (target.passwordHash() == null) {
            return target;
        }
        String given = ctx.header(PASSWORD_HEADER);
        if (given == null || given.isEmpty()) {
            throw new ApiException(
                    401, "Password required", "this share link needs its password", Map.of("passwordRequired", true));
        }
        LoginRateLimiter.Reservation reservation =
                limiter.reserve("share-link:" + target.linkId(), "address:" + ctx.ip());
        if (reservation.attempt().isEmpty()) {
            long wait = reservation.retryAfterSeconds();
            throw new ApiException(
                            429,
                            "Too many attempts",
                            "too many wrong passwords; try again in " + wait + " seconds",
                            Map.of("retryAfterSeconds", wait))
                    .withHeader("Retry-After", Long.toString(wait));
        }
        if (!passwords.matches(given, target.passwordHash())) {
            throw new ApiException(
                    401,
                    "Wrong password",
                    "the password of this share link is wrong",
                    Map.of("passwordRequired", true));
        }
        reservation.attempt().get().succeeded();
        return target;
    }

    /** The journey the link opens; 404 once it was deleted. */
    public StoredJourney journey(ShareLinkStore.Target target) {
        return journeys.find(target.workspaceId(), target.journeyId())
                .filter(j -> !j.deleted())
                .orElseThrow(() -> ApiException.notFound("the shared journey was deleted"));
    }
}
