package io.journeyboard.server.transfer;

import io.javalin.http.Context;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.ETags;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.http.Upload;
import io.journeyboard.server.journey.JourneyEditor;
import io.journeyboard.server.journey.JourneyStore;
import io.journeyboard.server.journey.StoredJourney;
import io.journeyboard.server.journey.WorkspaceContent;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import io.journeyboard.sheets.table.TableImport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/**
 * A journey's cards or opportunities replaced by a table (CSV, or an XLSX workbook with both sheets),
 * as the web app and the CLI read it back after an export: every problem reported with its row and
 * column, and then nothing is changed; else one new version of the journey.
 */
public final class TableImportRoutes {

    private final JourneyStore journeys;
    private final JourneyEditor editor;
    private final WorkspaceContent content;
    private final Access access;
    private final Bodies bodies;
    private final TableImport tables = new TableImport();

    public TableImportRoutes(
            JourneyStore journeys, JourneyEditor editor, WorkspaceContent content, Access access, Bodies bodies) {
        this.journeys = journeys;
        this.editor = editor;
        this.content = content;
        this.access = access;
        this.bodies = bodies;
    }

    public void register(Routes routes) {
        routes.post("/workspaces/{ws}/journeys/{journey}/tables", this::importTable);
    }

    private void importTable(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        StoredJourney stored = content.live(grant, ctx.pathParam("journey"));
        int expected = ETags.expectedVersion(ctx);
        try (Upload upload = Upload.save(ctx, bodies, List.of("csv", "xlsx"), false, "cards.csv")) {
            Workspace snapshot = journeys.jdbi()
                    .withHandle(handle -> content.snapshot(handle, grant.workspaceId(), List.of(stored.journey())));
            Journey updated;
            try {
                Workspace result = tables.apply(
                        snapshot, stored.journey().id(), Files.readAllBytes(upload.path()), upload.fileName());
                updated = result.journey(stored.journey().id()).orElseThrow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Journey imported = updated;
            StoredJourney written = editor.edit(
                    grant,
                    stored.journey().id(),
                    expected,
                    "imported the table " + upload.fileName(),
                    journey -> imported);
            ctx.header("ETag", ETags.of(written.version())).json(written.journey());
        }
    }
}
