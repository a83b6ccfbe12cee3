package io.journeyboard.server.workspace;

import io.javalin.http.Context;
import io.journeyboard.server.account.Authenticator;
import io.journeyboard.server.account.User;
import io.journeyboard.server.account.UserStore;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import java.util.ArrayList;
import java.util.List;

/** Workspaces, their members and roles, and their evidence. */
public final class WorkspaceRoutes {

    record WorkspaceFields(String name, String description) {}

    record NewMember(String email, String role) {}

    record RoleChange(String role) {}

    private final WorkspaceStore workspaces;
    private final EvidenceStore evidence;
    private final UserStore users;
    private final Authenticator auth;
    private final Access access;
    private final Bodies bodies;

    public WorkspaceRoutes(
            WorkspaceStore workspaces,
            EvidenceStore evidence,
            UserStore users,
            Authenticator auth,
            Access access,
            Bodies bodies) {
        this.workspaces = workspaces;
        this.evidence = evidence;
        this.users = users;
        this.auth = auth;
        this.access = access;
        this.bodies = bodies;
    }

    public void register(Routes routes) {
        routes.get(
                "/workspaces",
                ctx -> ctx.json(workspaces.listFor(auth.require(ctx).user())));
        routes.post("/workspaces", this::create);
        routes.get("/workspaces/{ws}", ctx -> {
            Access.Grant grant = access.require(ctx, Role.VIEWER);
            ctx.json(workspaces.find(grant.workspaceId(), grant.user().id()).orElseThrow());
        });
        routes.patch("/workspaces/{ws}", this::rename);
        routes.get(
                "/workspaces/{ws}/evidence",
                ctx -> ctx.json(evidence.list(access.require(ctx, Role.VIEWER).workspaceId())));
        routes.get(
                "/workspaces/{ws}/members",
                ctx -> ctx.json(
                        workspaces.members(access.require(ctx, Role.VIEWER).workspaceId())));
        routes.post("/workspaces/{ws}/members", this::addMember);
        routes.put("/workspaces/{ws}/members/{userId}", this::changeRole);
        routes.delete("/workspaces/{ws}/members/{userId}", this::removeMember);
        routes.post("/workspaces/{ws}/leave", ctx -> {
            Access.Grant grant = access.require(ctx, Role.VIEWER);
            if (workspaces.leave(grant.workspaceId(), grant.user().id()) == WorkspaceStore.MemberChange.LAST_OWNER) {
                throw ApiException.conflict(
                        "you are the last owner of this workspace; make someone else owner " + "before you leave");
            }
            ctx.status(204);
        });
    }

    private void create(Context ctx) {
        User user = auth.require(ctx).user();
        WorkspaceFields fields = validFields(bodies.json(ctx, WorkspaceFields.class));
        ctx.status(201).json(workspaces.create(user, fields.name().strip(), fields.description()));
    }

    private void rename(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.OWNER);
        WorkspaceFields fields = validFields(bodies.json(ctx, WorkspaceFields.class));
        workspaces.rename(grant.workspaceId(), fields.name().strip(), fields.description());
        ctx.json(workspaces.find(grant.workspaceId(), grant.user().id()).orElseThrow());
    }

    private static WorkspaceFields validFields(WorkspaceFields fields) {
        List<FieldError> errors = new ArrayList<>();
        if (fields.name() == null || fields.name().isBlank() || fields.name().length() > 200) {
            errors.add(new FieldError("name", "must not be blank and at most 200 characters"));
        }
        if (fields.description() != null && fields.description().length() > 10_000) {
            errors.add(new FieldError("description", "must be at most 10000 characters"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return fields;
    }

    private void addMember(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.OWNER);
        NewMember request = bodies.json(ctx, NewMember.class);
        Role role = role(request.role());
        User user = users.byEmail(request.email())
                .orElseThrow(() -> ApiException.invalid(
                        List.of(new FieldError("email", "no account has this e-mail; ask them to sign up first"))));
        if (workspaces.roleOf(grant.workspaceId(), user.id()).isPresent()) {
            throw ApiException.conflict(
                    user.email() + " is a member already; change their role with PUT .../members/" + user.id());
        }
        refuseUnlessDone(workspaces.setRole(grant.workspaceId(), grant.user().id(), user.id(), role));
        ctx.status(201).json(new Member(user.id(), user.email(), user.name(), role));
    }

    private void changeRole(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.OWNER);
        long userId = memberId(ctx, grant);
        Role role = role(bodies.json(ctx, RoleChange.class).role());
        refuseUnlessDone(workspaces.setRole(grant.workspaceId(), grant.user().id(), userId, role));
        ctx.json(workspaces.members(grant.workspaceId()).stream()
                .filter(m -> m.userId() == userId)
                .findFirst()
                .orElseThrow());
    }

    private void removeMember(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.OWNER);
        long userId = memberId(ctx, grant);
        refuseUnlessDone(workspaces.remove(grant.workspaceId(), grant.user().id(), userId));
        ctx.status(204);
    }

    private static void refuseUnlessDone(WorkspaceStore.MemberChange change) {
        switch (change) {
            case DONE -> {}
            case LAST_OWNER ->
                throw ApiException.conflict("a workspace keeps at least one owner; make someone else owner first");
            case NOT_OWNER ->
                throw ApiException.forbidden(
                        "this needs the owner role in the workspace, which another owner has just taken from you");
        }
    }

    private long memberId(Context ctx, Access.Grant grant) {
        try {
            long userId = Long.parseLong(ctx.pathParam("userId"));
            if (workspaces.roleOf(grant.workspaceId(), userId).isPresent()) {
                return userId;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as an unknown member
        }
        throw ApiException.notFound("user " + ctx.pathParam("userId") + " is not a member of this workspace");
    }

    private static Role role(String text) {
        Role role = text == null ? null : WorkspaceStore.parseRole(text);
        if (role == null) {
            throw ApiException.invalid(
                    List.of(new FieldError("role", "must be one of owner, editor, commenter, viewer")));
        }
        return role;
    }
}
