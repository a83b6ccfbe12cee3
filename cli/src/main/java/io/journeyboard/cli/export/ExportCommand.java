package io.journeyboard.cli.export;

import io.journeyboard.cli.LibraryLogging;
import io.journeyboard.cli.OutputFile;
import io.journeyboard.cli.map.MapFiles;
import io.journeyboard.model.format.FormatException;
import io.journeyboard.model.mermaid.MermaidExport;
import io.journeyboard.model.mermaid.MermaidWriter;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.render.ExportFormat;
import io.journeyboard.render.MapRenderer;
import io.journeyboard.render.RenderOptions;
import io.journeyboard.render.canvas.pdf.PageFormat;
import io.journeyboard.sheets.table.TableKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code journeyboard export MAP -o FILE}: a journey as a picture (SVG, PNG, PDF), its cards and
 * opportunities as a table (CSV, XLSX), Mermaid or JSON; or, with {@code --persona}, a persona's
 * one-page sheet. The format follows FILE's extension unless {@code --format} says otherwise.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export a journey map as SVG, PNG or PDF, its cards and opportunities as CSV or XLSX, "
                + "or Mermaid or JSON; with --persona, a persona's one-page sheet.")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MAP", description = "The map file to read (.json or .mmd).")
    Path map;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "The file to write.")
    Path output;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES}; by default FILE's extension decides.")
    ExportFormat format;

    @Option(
            names = {"-j", "--journey"},
            paramLabel = "ID",
            description = "The journey to export; the first one by default.")
    String journeyId;

    @Option(
            names = {"-p", "--persona"},
            paramLabel = "ID",
            description = "Export this persona's one-page sheet (svg, png or pdf) instead of a map.")
    String personaId;

    @Option(
            names = "--scale",
            paramLabel = "N",
            defaultValue = "2",
            description = "PNG pixels per point (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(
            names = "--page",
            paramLabel = "PAGE",
            defaultValue = "fit",
            description =
                    "PDF pages: fit (one page the size of the map), a4 or a3 (landscape, tiled with headers repeated). Default ${DEFAULT-VALUE}.")
    String page;

    @Option(
            names = "--table",
            paramLabel = "TABLE",
            defaultValue = "cards",
            description =
                    "The table a CSV holds: cards or opportunities (an XLSX holds both). Default ${DEFAULT-VALUE}.")
    String table;

    @Override
    public Integer call() throws Exception {
        LibraryLogging.silence();
        ExportFormat chosen = format != null ? format : formatOf(output);
        RenderOptions options = new RenderOptions(scale, PageFormat.parse(page), TableKind.parse(table));
        Workspace workspace = readMap();
        MapRenderer renderer = new MapRenderer();
        if (personaId != null) {
            OutputFile.write(output, out -> renderer.renderPersona(workspace, personaId, chosen, options, out));
        } else if (chosen == ExportFormat.MERMAID) {
            MermaidExport mermaid = new MermaidWriter().write(workspace, journeyId);
            OutputFile.write(output, out -> out.write(mermaid.text().getBytes(StandardCharsets.UTF_8)));
            mermaid.warnings().forEach(warning -> spec.commandLine().getErr().println("warning: " + warning));
        } else {
            OutputFile.write(output, out -> renderer.render(workspace, journeyId, chosen, options, out));
        }
        spec.commandLine().getOut().println("Wrote " + output);
        return 0;
    }

    private Workspace readMap() throws FormatException {
        return new MapFiles().read(map);
    }

    private static ExportFormat formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat candidate : ExportFormat.values()) {
            if (name.endsWith("." + candidate.extension())
                    || candidate == ExportFormat.MERMAID && name.endsWith(".mermaid")) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(
                file
                        + ": cannot tell the format from the extension; add --format svg, png, pdf, csv, xlsx, mermaid or json");
    }
}
