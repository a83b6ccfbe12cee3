package io.journeyboard.server.insight;

import io.journeyboard.insights.AnalysisOptions;
import io.journeyboard.insights.FeedbackAnalysis;
import io.journeyboard.insights.feedback.ColumnMapping;
import io.journeyboard.insights.feedback.FeedbackField;
import io.journeyboard.insights.feedback.FeedbackImport;
import io.journeyboard.insights.feedback.FeedbackImportException;
import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.feedback.ImportProblem;
import io.journeyboard.insights.report.InsightReport;
import io.journeyboard.insights.report.ReportJson;
import io.journeyboard.insights.suggestions.SuggestionAcceptance;
import io.journeyboard.insights.suggestions.SuggestionChoice;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.ETags;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.journey.JourneyEditor;
import io.journeyboard.server.journey.JourneyStore;
import io.journeyboard.server.journey.StoredJourney;
import io.journeyboard.server.persona.PersonaStore;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import io.journeyboard.server.workspace.WorkspaceStore;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Feedback insights for one journey: upload survey answers, reviews, tickets or a transcript and get
 * sentiment, themes placed on the journey and suggested cards; accept suggestions onto the journey
 * as cards linked to their evidence. Uploads are analysed and forgotten: only accepted cards and
 * their evidence are stored, as a new version of the journey.
 */
public final class InsightRoutes {

    private static final String BASE = "/workspaces/{ws}/journeys/{journey}/insights";
    private static final List<String> EXTENSIONS = List.of("csv", "tsv", "tab", "xlsx", "txt", "md");

    private final SharedEmbedder embedder;
    private final JourneyStore journeys;
    private final JourneyEditor editor;
    private final PersonaStore personas;
    private final WorkspaceStore workspaces;
    private final Access access;
    private final Bodies bodies;

    public InsightRoutes(SharedEmbedder embedder, JourneyStore journeys, JourneyEditor editor, PersonaStore personas,
                         WorkspaceStore workspaces, Access access, Bodies bodies) {
        this.embedder = embedder;
        this.journeys = journeys;
        this.editor = editor;
        this.personas = personas;
        this.workspaces = workspaces;
        this.access = access;
        this.bodies = bodies;
    }

    public void register(Routes routes) {
        routes.post(BASE, this::analyse);
        routes.post(BASE + "/accept", this::accept);
    }

    private void analyse(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        Journey journey = live(grant, ctx.pathParam("journey")).journey();
        InsightReport report = analyse(ctx, journey);
        ctx.contentType("application/json").result(ReportJson.tree(report).toString());
    }

    private void accept(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        int expected = ETags.expectedVersion(ctx);
        String ids = ctx.queryParam("accept");
        if (ids == null || ids.isBlank()) {
            throw invalid("accept", "name the suggestions to accept: accept=all, or their ids separated by commas");
        }
        StoredJourney current = live(grant, ctx.pathParam("journey"));
        InsightReport report = analyse(ctx, current.journey());
        Workspace updated;
        try {
            Workspace workspace = journeys.jdbi().withHandle(handle -> new Workspace(workspaces.name(handle, grant.workspaceId()), null,
                    personas.list(handle, grant.workspaceId()), List.of(current.journey()), workspaces.evidence(handle, grant.workspaceId())));
            updated = new SuggestionAcceptance().accept(workspace, current.journey().id(),
                    SuggestionChoice.of(report, Arrays.asList(ids.split(","))), fileName(ctx));
        } catch (IllegalArgumentException e) {
            throw invalid("accept", e.getMessage());
        }
        Journey accepted = updated.journey(current.journey().id()).orElseThrow();
        StoredJourney stored = journeys.jdbi().inTransaction(handle -> {
            workspaces.saveEvidence(handle, grant.workspaceId(), updated.evidence());
            return editor.edit(handle, grant, accepted.id(), expected, "accepted insight suggestions from " + fileName(ctx), j -> accepted);
        });
        ctx.header("ETag", ETags.of(stored.version())).json(stored.journey());
    }

    private InsightReport analyse(Context ctx, Journey journey) {
        String fileName = fileName(ctx);
        Path upload = null;
        try {
            upload = Files.createTempFile("journeyboard-feedback-", "." + extension(fileName));
            Files.write(upload, bodies.bytes(ctx));
            List<FeedbackItem> items = new FeedbackImport().read(upload, mapping(ctx));
            if (items.isEmpty()) {
                throw invalid("(body)", "the upload holds no feedback items");
            }
            return new FeedbackAnalysis(embedder.get(), AnalysisOptions.DEFAULT).analyse(items, journey, done -> { });
        } catch (FeedbackImportException e) {
            throw unreadable(e.problems(), fileName, upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(upload);
        }
    }

    private static ColumnMapping mapping(Context ctx) {
        ColumnMapping mapping = ColumnMapping.defaults();
        for (FeedbackField field : FeedbackField.values()) {
            String header = ctx.queryParam(field.name().toLowerCase(Locale.ROOT));
            if (header != null && !header.isBlank()) {
                mapping = mapping.with(field, header);
            }
        }
        return mapping;
    }

    /** The uploaded file's name, whose extension picks the reader; required, since a body has no name of its own. */
    private static String fileName(Context ctx) {
        String name = ctx.queryParam("file");
        if (name == null || name.isBlank()) {
            throw invalid("file", "give the upload's file name, e.g. file=survey.csv; its extension (" + String.join(", ", EXTENSIONS)
                    + ") says how to read it");
        }
        extension(name);
        return name.replaceAll("[^\\w.\\- ]", "_");
    }

    private static String extension(String name) {
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!EXTENSIONS.contains(extension)) {
            throw invalid("file", "'" + name + "' has no extension this import reads; use one of: " + String.join(", ", EXTENSIONS));
        }
        return extension;
    }

    /** Import problems name the temporary file; the user knows the upload by the name they gave. */
    private static ApiException unreadable(List<ImportProblem> problems, String fileName, Path upload) {
        List<FieldError> errors = problems.stream().map(p -> new FieldError(
                p.line() > 0 ? "line " + p.line() + (p.column() != null ? ", column " + p.column() : "") : "(file)",
                (p.value() != null ? "'" + p.value() + "' " : "") + p.reason() + "; " + p.fix())).toList();
        String detail = fileName + " cannot be imported: " + errors.size() + (errors.size() == 1 ? " problem" : " problems")
                + "; nothing was changed";
        return new ApiException(400, "Unreadable feedback", detail, Map.of("errors", errors));
    }

    private StoredJourney live(Access.Grant grant, String journeyId) {
        return journeys.find(grant.workspaceId(), journeyId).filter(j -> !j.deleted())
                .orElseThrow(() -> ApiException.notFound("there is no journey '" + journeyId + "' in this workspace"));
    }

    private static ApiException invalid(String field, String message) {
        return ApiException.invalid(List.of(new FieldError(field, message)));
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
