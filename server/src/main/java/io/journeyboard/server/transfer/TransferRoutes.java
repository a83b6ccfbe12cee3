package io.journeyboard.server.transfer;

import io.journeyboard.model.format.FormatException;
import io.journeyboard.model.format.WorkspaceJson;
import io.journeyboard.model.mermaid.MermaidReader;
import io.journeyboard.model.mermaid.MermaidWriter;
import io.journeyboard.model.template.Template;
import io.journeyboard.model.template.Templates;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.server.account.Authenticator;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.journey.JourneyStore;
import io.journeyboard.server.journey.JourneySummary;
import io.journeyboard.server.journey.StoredJourney;
import io.journeyboard.server.persona.PersonaStore;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import io.journeyboard.server.workspace.WorkspaceStore;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** Templates, and import and export of journeys as Journeyboard JSON files or Mermaid diagrams. */
public final class TransferRoutes {

    public static final String MERMAID = "text/vnd.mermaid";
    private static final String JOURNEY = "/workspaces/{ws}/journeys/{journey}";

    private final Templates templates;
    private final WorkspaceImport importer;
    private final JourneyStore journeys;
    private final PersonaStore personas;
    private final WorkspaceStore workspaces;
    private final Authenticator auth;
    private final Access access;
    private final Bodies bodies;
    private final WorkspaceJson json = new WorkspaceJson();

    public TransferRoutes(Templates templates, WorkspaceImport importer, JourneyStore journeys, PersonaStore personas,
                          WorkspaceStore workspaces, Authenticator auth, Access access, Bodies bodies) {
        this.templates = templates;
        this.importer = importer;
        this.journeys = journeys;
        this.personas = personas;
        this.workspaces = workspaces;
        this.auth = auth;
        this.access = access;
        this.bodies = bodies;
    }

    public void register(Routes routes) {
        routes.get("/templates", ctx -> {
            auth.require(ctx);
            ctx.json(templates.list());
        });
        routes.post("/workspaces/{ws}/templates/{template}", this::useTemplate);
        routes.post("/workspaces/{ws}/import", this::importFile);
        routes.get(JOURNEY + "/export", this::export);
    }

    private void useTemplate(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        Template template = templates.find(ctx.pathParam("template"))
                .orElseThrow(() -> ApiException.notFound("there is no template '" + ctx.pathParam("template") + "'; GET /api/v1/templates lists them"));
        created(ctx, importer.apply(grant, templates.load(template), "template " + template.name()));
    }

    private void importFile(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        Bodies.requireType(ctx, "application/json", MERMAID, "text/plain");
        boolean isJson = ctx.contentType().toLowerCase().contains("json");
        Workspace file;
        try {
            file = isJson ? json.read(bodies.bytes(ctx), "request body") : new MermaidReader().read(bodies.text(ctx), "request body");
        } catch (FormatException e) {
            String where = e.line() > 0 ? "line " + e.line() + (e.column() > 0 ? ", column " + e.column() : "") : "(body)";
            throw new ApiException(400, "Unreadable file", e.getMessage(),
                    Map.of("line", e.line(), "column", e.column(), "errors", List.of(new FieldError(where, e.detail()))));
        }
        created(ctx, importer.apply(grant, file, isJson ? "a Journeyboard file" : "a Mermaid diagram"));
    }

    private static void created(Context ctx, List<StoredJourney> stored) {
        ctx.status(201).json(stored.stream()
                .map(s -> new JourneySummary(s.journey().id(), s.journey().name(), s.version(), s.updatedAt(), null)).toList());
    }

    private void export(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        StoredJourney stored = journeys.find(grant.workspaceId(), ctx.pathParam("journey")).filter(j -> !j.deleted())
                .orElseThrow(() -> ApiException.notFound("there is no journey '" + ctx.pathParam("journey") + "' in this workspace"));
        Workspace file = journeys.jdbi().withHandle(handle -> JourneyExport.of(workspaces.name(handle, grant.workspaceId()),
                stored.journey(), personas.list(handle, grant.workspaceId()), workspaces.evidence(handle, grant.workspaceId())));
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("json");
        String fileName = stored.journey().id();
        switch (format) {
            case "json" -> ctx.contentType("application/json").header("Content-Disposition", "attachment; filename=\"" + fileName + ".json\"")
                    .result(json.write(file));
            case "mermaid" -> ctx.contentType(MERMAID + "; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + fileName + ".mmd\"")
                    .result(new MermaidWriter().write(file, stored.journey().id()).text());
            default -> throw new ApiException(400, "Bad request", "format must be json or mermaid, not '" + format + "'",
                    Map.of("errors", List.of(new FieldError("format", "must be json or mermaid"))));
        }
    }
}
