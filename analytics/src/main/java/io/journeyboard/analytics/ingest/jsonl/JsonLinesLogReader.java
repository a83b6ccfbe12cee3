package io.journeyboard.analytics.ingest.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.analytics.log.EventColumnsBuilder;
import io.journeyboard.analytics.log.LogColumnMapping;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.analytics.log.StringRow;
import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.InputProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON lines: one JSON object per line, keys as column names (detected from the first object).
 * A line that is not an object, or not JSON, is a bad row like any other.
 */
public final class JsonLinesLogReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LogReadOptions options;
    private final String file;

    public JsonLinesLogReader(LogReadOptions options, String file) {
        this.options = options;
        this.file = file;
    }

    public EventColumnsBuilder read(InputStream in) throws IOException {
        EventColumnsBuilder builder = null;
        List<String> names = null;
        StringRow row = null;
        long lineNumber = 0;
        String line;
        while ((line = nextLine(in, lineNumber + 1)) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                node = null;
            }
            if (builder == null) {
                if (node == null || !node.isObject()) {
                    throw new BadInputException(new InputProblem(
                            file,
                            lineNumber,
                            null,
                            null,
                            "the first line is not a JSON object",
                            "write one object per line, such as "
                                    + "{\"case\":\"c1\",\"activity\":\"visit\",\"time\":\"2024-01-01T10:00:00Z\"}"));
                }
                names = new ArrayList<>();
                node.fieldNames().forEachRemaining(names::add);
                LogColumnMapping.ResolvedColumns columns = options.mapping().resolve(names, file);
                builder = new EventColumnsBuilder(
                        columns, file, options.onError(), options.limits().maxFieldBytes(), 1 << 12);
                row = new StringRow(names.size());
            }
            if (node == null || !node.isObject()) {
                builder.reject(lineNumber, null, line, "not a JSON object", "write one JSON object per line");
            } else {
                row.clear();
                for (int f = 0; f < names.size(); f++) {
                    JsonNode value = node.get(names.get(f));
                    row.set(
                            f,
                            value == null || value.isNull()
                                    ? null
                                    : value.isValueNode() ? value.asText() : value.toString());
                }
                row.addTo(builder, lineNumber);
            }
            if (builder.failed()) {
                break;
            }
        }
        if (builder == null) {
            throw BadInputException.whole(file, "the file is empty", "a JSON lines log needs one object per line");
        }
        return builder;
    }

    private String nextLine(InputStream in, long lineNumber) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (line.size() >= options.limits().maxRecordBytes()) {
                throw new BadInputException(new InputProblem(
                        file,
                        lineNumber,
                        null,
                        null,
                        "a line is longer than " + options.limits().maxRecordBytes() + " bytes",
                        "split it into one event per line"));
            }
            line.write(b);
        }
        if (b < 0 && line.size() == 0) {
            return null;
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
