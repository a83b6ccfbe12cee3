package io.journeyboard.server.workspace;

import io.javalin.http.Context;
import io.journeyboard.server.account.Authenticator;
import io.journeyboard.server.account.User;
import io.journeyboard.server.http.ApiException;

/**
 * The one check every workspace route makes: who is asking, in which workspace ({@code {ws}} in the
 * path), and whether their role is enough. A non-member learns nothing: the workspace is "not found".
 */
public final class Access {

    /** A granted request: the workspace, the user and their role in it. */
    public record Grant(String workspaceId, User user, Role role) {}

    private final Authenticator auth;
    private final WorkspaceStore workspaces;

    public Access(Authenticator auth, WorkspaceStore workspaces) {
        this.auth = auth;
        this.workspaces = workspaces;
    }

    /** 401 when not signed in, 404 for non-members, 403 when the role is below {@code needed}. */
    public Grant require(Context ctx, Role needed) {
        User user = auth.require(ctx).user();
        String workspaceId = ctx.pathParam("ws");
        Role role = workspaces
                .roleOf(workspaceId, user.id())
                .orElseThrow(() ->
                        ApiException.notFound("there is no workspace '" + workspaceId + "' that you are a member of"));
        if (!role.allows(needed)) {
            throw ApiException.forbidden(
                    "this needs the " + needed.label() + " role in the workspace; you are " + role.label());
        }
        return new Grant(workspaceId, user, role);
    }
}
