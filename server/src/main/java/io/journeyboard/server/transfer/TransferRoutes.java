package io.journeyboard.server.transfer;

import io.javalin.http.Context;
import io.journeyboard.model.format.FormatException;
import io.journeyboard.model.format.WorkspaceJson;
import io.journeyboard.model.mermaid.MermaidReader;
import io.journeyboard.model.mermaid.MermaidWriter;
import io.journeyboard.model.template.Template;
import io.journeyboard.model.template.Templates;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.render.ExportFormat;
import io.journeyboard.render.MapRenderer;
import io.journeyboard.render.RenderAbandonedException;
import io.journeyboard.render.RenderOptions;
import io.journeyboard.render.canvas.pdf.PageFormat;
import io.journeyboard.server.account.Authenticator;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.ClientConnection;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.journey.JourneyStore;
import io.journeyboard.server.journey.JourneySummary;
import io.journeyboard.server.journey.StoredJourney;
import io.journeyboard.server.journey.WorkspaceContent;
import io.journeyboard.server.persona.PersonaEditor;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import io.journeyboard.sheets.table.TableKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Templates, import of journeys, and export of journeys (JSON, Mermaid, SVG, PNG, PDF, CSV, XLSX) and personas (SVG,
 * PNG, PDF).
 */
public final class TransferRoutes {

    public static final String MERMAID = "text/vnd.mermaid";
    private static final String JOURNEY = "/workspaces/{ws}/journeys/{journey}";

    private final Templates templates;
    private final WorkspaceImport importer;
    private final JourneyStore journeys;
    private final WorkspaceContent content;
    private final Authenticator auth;
    private final Access access;
    private final Bodies bodies;
    private final WorkspaceJson json = new WorkspaceJson();
    private final MapRenderer renderer = new MapRenderer();

    public TransferRoutes(
            Templates templates,
            WorkspaceImport importer,
            JourneyStore journeys,
            WorkspaceContent content,
            Authenticator auth,
            Access access,
            Bodies bodies) {
        this.templates = templates;
        this.importer = importer;
        this.journeys = journeys;
        this.content = content;
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
        routes.get("/workspaces/{ws}/personas/{persona}/export", this::exportPersona);
    }

    private void useTemplate(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        Template template = templates
                .find(ctx.pathParam("template"))
                .orElseThrow(() -> ApiException.notFound(
                        "there is no template '" + ctx.pathParam("template") + "'; GET /api/v1/templates lists them"));
        created(
                ctx,
                importer.apply(
                        grant, templates.load(template), "template " + template.name(), ClientConnection.of(ctx)));
    }

    private void importFile(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        Bodies.requireType(ctx, "application/json", MERMAID, "text/plain");
        boolean isJson = ctx.contentType().toLowerCase().contains("json");
        Workspace file;
        try {
            file = isJson
                    ? json.read(bodies.bytes(ctx), "request body")
                    : new MermaidReader().read(bodies.text(ctx), "request body");
        } catch (FormatException e) {
            String where =
                    e.line() > 0 ? "line " + e.line() + (e.column() > 0 ? ", column " + e.column() : "") : "(body)";
            throw new ApiException(
                    400,
                    "Unreadable file",
                    e.getMessage(),
                    Map.of(
                            "line",
                            e.line(),
                            "column",
                            e.column(),
                            "errors",
                            List.of(new FieldError(where, e.detail()))));
        }
        created(
                ctx,
                importer.apply(
                        grant, file, isJson ? "a Journeyboard file" : "a Mermaid diagram", ClientConnection.of(ctx)));
    }

    private static void created(Context ctx, List<StoredJourney> stored) {
        ctx.status(201)
                .json(stored.stream()
                        .map(s -> new JourneySummary(
                                s.journey().id(), s.journey().name(), s.version(), s.updatedAt(), null))
                        .toList());
    }

    private void export(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        StoredJourney stored = content.live(grant, ctx.pathParam("journey"));
        Workspace snapshot = journeys.jdbi()
                .withHandle(handle -> content.snapshot(handle, grant.workspaceId(), List.of(stored.journey())));
        Workspace file = JourneyExport.of(snapshot, stored.journey());
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("json");
        String fileName = stored.journey().id();
        switch (format) {
            case "json" ->
                ctx.contentType("application/json")
                        .header("Content-Disposition", "attachment; filename=\"" + fileName + ".json\"")
                        .result(json.write(file));
            case "mermaid" ->
                ctx.contentType(MERMAID + "; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"" + fileName + ".mmd\"")
                        .result(new MermaidWriter()
                                .write(file, stored.journey().id())
                                .text());
            // a picture colours each persona by its place among all the workspace's personas, as the web app and
            // the persona sheet do, so it is drawn from the journey with every persona of the workspace
            default ->
                picture(
                        ctx,
                        format,
                        fileName,
                        out -> renderer.render(
                                JourneyExport.withAllPersonas(snapshot, file),
                                stored.journey().id(),
                                exportFormat(format),
                                options(ctx),
                                out,
                                ClientConnection.goneCheck(ctx)));
        }
    }

    /** A persona's one-page sheet as SVG, PNG or PDF; it lists the journeys the persona is in. */
    private void exportPersona(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        String personaId = ctx.pathParam("persona");
        Workspace workspace = journeys.jdbi().withHandle(handle -> content.snapshot(handle, grant.workspaceId()));
        if (workspace.persona(personaId).isEmpty()) {
            throw PersonaEditor.noSuchPersona(personaId);
        }
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("pdf");
        ExportFormat exportFormat = exportFormat(format);
        if (!exportFormat.isVisual()) {
            throw invalidParameter("format", "a persona exports as svg, png or pdf, not " + format);
        }
        picture(
                ctx,
                format,
                personaId,
                out -> renderer.renderPersona(
                        workspace, personaId, exportFormat, options(ctx), out, ClientConnection.goneCheck(ctx)));
    }

    /** Renders into memory first, so a bad option is a 400 and never half a file. */
    private static void picture(Context ctx, String format, String fileName, Drawing drawing) {
        ExportFormat exportFormat = exportFormat(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            drawing.draw(out);
        } catch (IllegalArgumentException e) {
            throw invalidParameter("format", e.getMessage());
        } catch (RenderAbandonedException e) {
            throw ApiException.clientGone();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.contentType(exportFormat.mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + fileName + "." + exportFormat.extension() + "\"")
                .result(out.toByteArray());
    }

    private static ExportFormat exportFormat(String format) {
        try {
            return ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw invalidParameter("format", e.getMessage());
        }
    }

    private static RenderOptions options(Context ctx) {
        try {
            RenderOptions options = RenderOptions.defaults();
            String scale = ctx.queryParam("scale");
            String page = ctx.queryParam("page");
            String table = ctx.queryParam("table");
            if (scale != null) {
                options = options.withScale(Double.parseDouble(scale));
            }
            if (page != null) {
                options = options.withPage(PageFormat.parse(page));
            }
            if (table != null) {
                options = options.withTable(TableKind.parse(table));
            }
            return options;
        } catch (IllegalArgumentException e) {
            throw invalidParameter("scale, page or table", e.getMessage());
        }
    }

    private static ApiException invalidParameter(String name, String message) {
        return new ApiException(400, "Bad request", message, Map.of("errors", List.of(new FieldError(name, message))));
    }

    /** Writes one export to a stream. */
    private interface Drawing {
        void draw(OutputStream out) throws IOException;
    }
}
