package io.journeyboard.server.home;

import io.javalin.http.Context;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.render.thumbnail.MapThumbnail;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.journey.StoredJourney;
import io.journeyboard.server.journey.WorkspaceContent;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.PersonaStore;
import io.journeyboard.server.workspace.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code GET .../journeys/{journey}/thumbnail}: the stored version of a journey as a small SVG for its tile. The ETag
 * is the journey's version with the workspace's persona order (which gives the curves their colours), so a browser
 * that has the picture gets 304 until one of them changes.
 */
public final class ThumbnailRoutes {

    private final Jdbi jdbi;
    private final WorkspaceContent content;
    private final PersonaStore personas;
    private final Access access;
    private final MapThumbnail thumbnail = new MapThumbnail();

    public ThumbnailRoutes(Jdbi jdbi, WorkspaceContent content, PersonaStore personas, Access access) {
        this.jdbi = jdbi;
        this.content = content;
        this.personas = personas;
        this.access = access;
    }

    /** The address a tile shows the thumbnail from; the version in it makes each version a new picture. */
    static String address(String workspaceId, String journeyId, int version) {
        return "/api/v1/workspaces/" + encode(workspaceId) + "/journeys/" + encode(journeyId) + "/thumbnail?v="
                + version;
    }

    public void register(Routes routes) {
        routes.get("/workspaces/{ws}/journeys/{journey}/thumbnail", this::thumbnail);
    }

    private void thumbnail(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        String journeyId = ctx.pathParam("journey");
        jdbi.useHandle(handle -> {
            StoredJourney stored = content.live(handle, grant.workspaceId(), journeyId);
            List<String> order = personas.list(handle, grant.workspaceId()).stream()
                    .map(Persona::id)
                    .toList();
            String etag = "\"" + stored.version() + "-" + Integer.toHexString(order.hashCode()) + "\"";
            ctx.header("ETag", etag).header("Cache-Control", "private, no-cache");
            if (etag.equals(ctx.header("If-None-Match"))) {
                ctx.status(304);
                return;
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < order.size(); i++) {
                index.put(order.get(i), i);
            }
            ctx.contentType("image/svg+xml").result(thumbnail.svg(stored.journey(), index));
        });
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
