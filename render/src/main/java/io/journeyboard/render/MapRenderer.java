package io.journeyboard.render;

import io.journeyboard.analytics.report.AnalyticsReport;
import io.journeyboard.model.format.WorkspaceJson;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.mermaid.MermaidWriter;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.render.analytics.AnalyticsPoster;
import io.journeyboard.render.canvas.Drawing;
import io.journeyboard.render.canvas.WatchedDrawing;
import io.journeyboard.render.canvas.pdf.PdfWriter;
import io.journeyboard.render.canvas.raster.PngWriter;
import io.journeyboard.render.canvas.svg.SvgCanvas;
import io.journeyboard.render.map.MapLayout;
import io.journeyboard.render.persona.PersonaLayout;
import io.journeyboard.render.text.FontSet;
import io.journeyboard.render.text.LineBreaker;
import io.journeyboard.sheets.table.TableExport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Exports a journey, or a persona, of a workspace, or an analytics report as a picture: the map as SVG, PNG or PDF
 * (one layout drawn
 * to all three), its cards and opportunities as CSV or XLSX, the journey as Mermaid, or the
 * workspace with just that journey as Journeyboard JSON. Thread-safe; one instance can serve a
 * whole server.
 *
 * <p>Unknown journeys and personas, formats a persona has no picture in, and PNGs too large for
 * memory are refused with an {@link IllegalArgumentException} whose message can be shown to the
 * user, before anything is written to {@code out}. {@code out} is not closed.
 */
public final class MapRenderer {

    private final FontSet fonts;
    private final MapLayout maps;
    private final PersonaLayout personas;

    /** A renderer with the standard fonts (Liberation Sans from the jar, then the machine's fallbacks). */
    public MapRenderer() {
        this(FontSet.standard());
    }

    public MapRenderer(FontSet fonts) {
        this.fonts = fonts;
        this.maps = new MapLayout(fonts);
        this.personas = new PersonaLayout(fonts);
    }

    /** Writes journey {@code journeyId} (null for the first journey) of {@code workspace} in {@code format}. */
    public void render(
            Workspace workspace, String journeyId, ExportFormat format, RenderOptions options, OutputStream out)
            throws IOException {
        render(workspace, journeyId, format, options, out, () -> false);
    }

    /**
     * As {@link #render(Workspace, String, ExportFormat, RenderOptions, OutputStream)}, and a picture
     * stops being drawn, with {@link RenderAbandonedException}, once {@code abandoned} answers true.
     */
    public void render(
            Workspace workspace,
            String journeyId,
            ExportFormat format,
            RenderOptions options,
            OutputStream out,
            BooleanSupplier abandoned)
            throws IOException {
        Journey journey = journey(workspace, journeyId);
        switch (format) {
            case SVG, PNG, PDF ->
                draw(new WatchedDrawing(maps.layout(workspace, journey), abandoned), format, options, out);
            case CSV -> new TableExport().csv(journey, options.table(), out);
            case XLSX -> new TableExport().xlsx(journey, out);
            case MERMAID ->
                out.write(new MermaidWriter()
                        .write(workspace, journey.id())
                        .text()
                        .getBytes(StandardCharsets.UTF_8));
            case JSON ->
                out.write(new WorkspaceJson()
                        .write(workspace.withJourneys(List.of(journey)))
                        .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Writes the one-page sheet of persona {@code personaId} as SVG, PNG or PDF. */
    public void renderPersona(
            Workspace workspace, String personaId, ExportFormat format, RenderOptions options, OutputStream out)
            throws IOException {
        renderPersona(workspace, personaId, format, options, out, () -> false);
    }

    /**
     * As {@link #renderPersona(Workspace, String, ExportFormat, RenderOptions, OutputStream)}, stopping once
     * abandoned.
     */
    public void renderPersona(
            Workspace workspace,
            String personaId,
            ExportFormat format,
            RenderOptions options,
            OutputStream out,
            BooleanSupplier abandoned)
            throws IOException {
        Persona persona = workspace
                .persona(personaId)
                .orElseThrow(
                        () -> new IllegalArgumentException("there is no persona '" + personaId + "' in the workspace"));
        if (!format.isVisual()) {
            throw new IllegalArgumentException("a persona exports as svg, png or pdf, not " + format.extension());
        }
        draw(new WatchedDrawing(personas.layout(workspace, persona), abandoned), format, options, out);
    }

    /**
     * Writes an analytics report as one picture (funnel, common paths, busiest transitions, pain points): SVG, PNG or
     * PDF.
     */
    public void renderAnalytics(
            AnalyticsReport report, String title, ExportFormat format, RenderOptions options, OutputStream out)
            throws IOException {
        if (!format.isVisual()) {
            throw new IllegalArgumentException("an analytics picture is svg, png or pdf, not " + format.extension());
        }
        draw(new AnalyticsPoster(report, title, new LineBreaker(fonts)), format, options, out);
    }

    private void draw(Drawing drawing, ExportFormat format, RenderOptions options, OutputStream out)
            throws IOException {
        switch (format) {
            case SVG -> {
                SvgCanvas canvas = new SvgCanvas(drawing.width(), drawing.height());
                drawing.paint(canvas);
                out.write(canvas.document(drawing.title()).getBytes(StandardCharsets.UTF_8));
            }
            case PNG -> new PngWriter(fonts).write(drawing, options.scale(), out);
            case PDF -> new PdfWriter(fonts).write(drawing, options.page(), out);
            default -> throw new IllegalArgumentException(format + " is not a picture format");
        }
    }

    private static Journey journey(Workspace workspace, String journeyId) {
        if (journeyId == null) {
            return workspace.journeys().stream()
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the workspace has no journey to export"));
        }
        return workspace
                .journey(journeyId)
                .orElseThrow(
                        () -> new IllegalArgumentException("there is no journey '" + journeyId + "' in the workspace"));
    }
}
