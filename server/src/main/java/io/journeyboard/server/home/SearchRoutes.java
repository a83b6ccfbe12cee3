package io.journeyboard.server.home;

import io.javalin.http.Context;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.journey.WorkspaceContent;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** {@code GET /workspaces/{ws}/search?q=...}: where a text occurs in the workspace's journeys and personas. */
public final class SearchRoutes {

    static final int MIN_QUERY = 2;
    static final int MAX_QUERY = 200;

    private final Jdbi jdbi;
    private final WorkspaceContent content;
    private final JourneyFiling filing;
    private final Access access;
    private final WorkspaceSearch search = new WorkspaceSearch();

    public SearchRoutes(Jdbi jdbi, WorkspaceContent content, JourneyFiling filing, Access access) {
        this.jdbi = jdbi;
        this.content = content;
        this.filing = filing;
        this.access = access;
    }

    public void register(Routes routes) {
        routes.get("/workspaces/{ws}/search", this::search);
    }

    private void search(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        String query = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        if (query.length() < MIN_QUERY || query.length() > MAX_QUERY) {
            throw ApiException.invalid(List.of(new FieldError(
                    "q",
                    "is " + query.length() + " characters long; search for " + MIN_QUERY + " to " + MAX_QUERY
                            + " characters")));
        }
        ctx.json(jdbi.withHandle(handle -> search.search(
                content.snapshot(handle, grant.workspaceId()), filing.archived(handle, grant.workspaceId()), query)));
    }
}
