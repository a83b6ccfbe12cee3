package io.journeyboard.cli.map;

import io.journeyboard.cli.OutputFile;
import io.journeyboard.model.format.FormatException;
import io.journeyboard.model.format.WorkspaceJson;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.mermaid.MermaidExport;
import io.journeyboard.model.mermaid.MermaidReader;
import io.journeyboard.model.mermaid.MermaidWriter;
import io.journeyboard.model.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Reads and writes map files, choosing JSON or Mermaid by the file's extension; a write is all or nothing. */
public final class MapFiles {

    private final WorkspaceJson json = new WorkspaceJson();

    /** The kinds of map file the command line knows. */
    public enum Kind {
        JSON,
        MERMAID
    }

    /** The kind a path's extension names: {@code .json}, or {@code .mmd}/{@code .mermaid}. */
    public static Kind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Kind.JSON;
        }
        if (name.endsWith(".mmd") || name.endsWith(".mermaid")) {
            return Kind.MERMAID;
        }
        throw new IllegalArgumentException(
                file + ": unknown file type; use .json for Journeyboard files or .mmd for Mermaid");
    }

    /**
     * The journey of {@code map} that {@code journeyId} (the {@code --journey} option) names, or the
     * only one ({@link Workspace#chooseJourney}); an error names the map and the option.
     */
    public static Journey chooseJourney(Path map, Workspace workspace, String journeyId) {
        try {
            return workspace.chooseJourney(journeyId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(map + ": " + e.getMessage() + " (--journey ID)", e);
        }
    }

    public Workspace read(Path file) throws FormatException {
        try {
            if (kindOf(file) == Kind.JSON) {
                return json.read(file);
            }
            if (Files.size(file) > WorkspaceJson.MAX_BYTES) {
                throw new FormatException(
                        file.toString(), 0, 0, "is larger than " + WorkspaceJson.MAX_BYTES + " bytes");
            }
            return new MermaidReader().read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (CharacterCodingException e) {
            throw new FormatException(file.toString(), 0, 0, "is not UTF-8 text; save the diagram with UTF-8 encoding");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code workspace}; returns what the target format could not hold (always empty for JSON). */
    public List<String> write(Workspace workspace, Path file) {
        if (kindOf(file) == Kind.JSON) {
            OutputFile.writeText(file, json.write(workspace));
            return List.of();
        }
        MermaidExport export = new MermaidWriter().write(workspace, null);
        OutputFile.writeText(file, export.text());
        return export.warnings();
    }
}
