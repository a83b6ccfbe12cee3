package io.journeyboard.cli.export;

import io.journeyboard.cli.LibraryLogging;
import io.journeyboard.cli.OutputFile;
import io.journeyboard.cli.map.MapFiles;
import io.journeyboard.model.format.FormatException;
import io.journeyboard.model.format.WorkspaceJson;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.sheets.table.TableImport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code journeyboard import-table MAP TABLE -o OUT}: reads cards and/or opportunities edited in a
 * spreadsheet (CSV, or XLSX as {@code export} writes it) back into a journey, and writes the map to
 * OUT. On any problem nothing is written and every problem is listed with its row and column.
 */
@Command(
        name = "import-table",
        mixinStandardHelpOptions = true,
        description = "Read a card or opportunity table (CSV or XLSX, as 'export' writes them) back into a journey; "
                + "the table replaces that journey's cards or opportunities.")
public final class ImportTableCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MAP", description = "The map file to read (.json or .mmd).")
    Path map;

    @Parameters(index = "1", paramLabel = "TABLE", description = "The table to import (.csv or .xlsx).")
    Path table;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "OUT",
            description = "The map file to write (.json); may be MAP itself.")
    Path output;

    @Option(
            names = {"-j", "--journey"},
            paramLabel = "ID",
            description = "The journey to import into; the first one by default.")
    String journeyId;

    @Override
    public Integer call() throws FormatException, IOException {
        LibraryLogging.silence();
        if (MapFiles.kindOf(output) != MapFiles.Kind.JSON) {
            throw new IllegalArgumentException(
                    output + ": write the imported map as .json, which keeps cards and opportunities");
        }
        Workspace workspace = new MapFiles().read(map);
        if (Files.size(table) > TableImport.MAX_BYTES) {
            throw new IllegalArgumentException(
                    table + ": is larger than " + TableImport.MAX_BYTES / (1024 * 1024) + " MB; split the table");
        }
        byte[] content = Files.readAllBytes(table);
        Workspace imported = new TableImport().apply(workspace, journeyId, content, table.toString());
        String json = new WorkspaceJson().write(imported);
        OutputFile.write(output, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
        spec.commandLine().getOut().println("Wrote " + output);
        return 0;
    }
}
