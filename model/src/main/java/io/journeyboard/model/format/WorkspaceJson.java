package io.journeyboard.model.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyboard.model.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Reads and writes the Journeyboard file format: one workspace as JSON, tagged with
 * {@code formatVersion}. See {@code docs/format.md}. Reading is strict: an unknown field, a wrong
 * type or a newer format version is refused with a {@link FormatException}, never silently dropped.
 */
public final class WorkspaceJson {

    /** The version this program writes and the newest it reads. */
    public static final int FORMAT_VERSION = 2;
    /** Larger files are refused before parsing, so a huge upload cannot exhaust memory. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    static final String VERSION_FIELD = "formatVersion";
    /** Deeper nesting than any map needs is refused, so a hostile file cannot exhaust the stack. */
    static final int MAX_NESTING = 64;

    static final int MAX_TEXT_CHARS = 1_000_000;

    private final ObjectMapper mapper;

    public WorkspaceJson() {
        JsonFactory factory = JsonFactory.builder()
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_TEXT_CHARS)
                        .build())
                // a key given twice would leave which value counts to the reader's internals
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper = JsonMapper.builder(factory)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addMixIn(Workspace.class, WorkspaceFields.class)
                .build();
        // Empty lists are left out of files to keep them readable; records read them back as empty.
        mapper.configOverride(Collection.class)
                .setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY));
        mapper.configOverride(List.class)
                .setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY));
    }

    /** The workspace as a document of the current format version. */
    public String write(Workspace workspace) {
        ObjectNode document = mapper.createObjectNode().put(VERSION_FIELD, FORMAT_VERSION);
        document.setAll((ObjectNode) mapper.valueToTree(workspace));
        try {
            return mapper.writeValueAsString(document) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("a workspace could not be written as JSON", e);
        }
    }

    public void write(Workspace workspace, Path file) {
        try {
            Files.writeString(file, write(workspace), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Reads a file; {@code source} in messages is the path as given. */
    public Workspace read(Path file) throws FormatException, IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new FormatException(
                    file.toString(),
                    0,
                    0,
                    "is " + size + " bytes; a Journeyboard file may hold at most " + MAX_BYTES
                            + " bytes. Split the workspace into several files.");
        }
        return read(Files.readAllBytes(file), file.toString());
    }

    /** Reads a document held in memory; {@code source} names it in messages (a file name, "request body"). */
    public Workspace read(byte[] json, String source) throws FormatException {
        if (json.length > MAX_BYTES) {
            throw new FormatException(
                    source, 0, 0, "is " + json.length + " bytes; at most " + MAX_BYTES + " are allowed");
        }
        checkVersion(json, source);
        try {
            return mapper.readValue(json, Workspace.class);
        } catch (IOException e) {
            throw JsonErrors.describe(e, source);
        }
    }

    /** Reads the top-level {@code formatVersion} before anything else, so a newer file is refused plainly. */
    private void checkVersion(byte[] json, String source) throws FormatException {
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new FormatException(
                        source,
                        parser.currentLocation().getLineNr(),
                        parser.currentLocation().getColumnNr(),
                        "a Journeyboard file is a JSON object starting with {\"formatVersion\": " + FORMAT_VERSION
                                + ", ...}");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (VERSION_FIELD.equals(field)) {
                    FormatVersion.check(parser, value, source);
                    return;
                }
                parser.skipChildren();
            }
            throw new FormatException(
                    source,
                    1,
                    1,
                    "'" + VERSION_FIELD + "' is missing; add \"" + VERSION_FIELD + "\": " + FORMAT_VERSION
                            + " at the top of the file");
        } catch (IOException e) {
            throw JsonErrors.describe(e, source);
        }
    }
}
