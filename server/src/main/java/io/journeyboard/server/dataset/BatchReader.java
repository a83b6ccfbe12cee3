package io.journeyboard.server.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.log.LogColumnMapping;
import io.journeyboard.analytics.log.LogColumnRole;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.analytics.log.OnError;
import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.InputProblem;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.BadInputAnswer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one batch (a request body) into columns with the analytics module's readers, all or nothing:
 * any bad row refuses the whole batch with the line, column and reason of the first bad rows. Columns
 * that play no role (case, activity, time, channel…) are kept as attributes, so bindings can narrow
 * by them ({@code segment = new}).
 */
final class BatchReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A batch's format: the extension its readers go by. */
    enum Format {
        CSV("csv"),
        JSON_LINES("jsonl"),
        XES("xes");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    private BatchReader() {}

    /**
     * @param source   how messages name the batch ({@code batch}, a file name)
     * @param gzip     whether the body is gzip-compressed
     * @param given    columns named for roles by the caller; other roles are detected
     */
    static EventLog read(byte[] body, Format format, boolean gzip, String source, Map<LogColumnRole, String> given) {
        if (body.length == 0) {
            throw refused(source + " is empty; send one event per line (CSV with a header, or JSON lines)", List.of());
        }
        Path directory = null;
        try {
            directory = Files.createTempDirectory("journeyboard-batch-");
            Path file = Files.write(directory.resolve("batch." + format.extension + (gzip ? ".gz" : "")), body);
            List<String> attributes =
                    gzip || format == Format.XES ? List.of() : extraColumns(body, format, given, source);
            LogReadOptions options = LogReadOptions.defaults()
                    .withOnError(OnError.FAIL)
                    .withMapping(new LogColumnMapping(given, attributes));
            try {
                return EventLogReader.read(file, source, options).log();
            } catch (BadInputException e) {
                throw refused(e.describe(BadInputAnswer.QUERY_PARAMETER), e.problems());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(directory);
        }
    }

    private static ApiException refused(String detail, List<InputProblem> problems) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (InputProblem problem : problems) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("line", problem.line());
            error.put("column", problem.column());
            error.put("value", problem.value());
            error.put("reason", problem.reason());
            error.put("fix", problem.fix());
            errors.add(error);
        }
        return new ApiException(
                400, "Batch refused", detail + "; nothing of this batch was stored", Map.of("errors", errors));
    }

    /** The columns of the header that no role takes; an unreadable header keeps none (the reader then says why). */
    private static List<String> extraColumns(
            byte[] body, Format format, Map<LogColumnRole, String> given, String source) {
        List<String> names = format == Format.JSON_LINES ? firstObjectKeys(body) : csvHeader(body);
        if (names.isEmpty()) {
            return List.of();
        }
        try {
            LogColumnMapping.ResolvedColumns roles = new LogColumnMapping(given, List.of()).resolve(names, source);
            List<String> taken = Arrays.asList(roles.nameOfRole());
            return names.stream()
                    .filter(name -> !name.isBlank() && !taken.contains(name))
                    .distinct()
                    .toList();
        } catch (BadInputException e) {
            return List.of();
        }
    }

    private static List<String> firstObjectKeys(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 1 << 16), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                try {
                    JsonNode first = JSON.readTree(line);
                    List<String> keys = new ArrayList<>();
                    if (first != null && first.isObject()) {
                        first.fieldNames().forEachRemaining(keys::add);
                    }
                    return keys;
                } catch (IOException e) {
                    return List.of();
                }
            }
        }
        return List.of();
    }

    private static List<String> csvHeader(byte[] body) {
        int end = 0;
        while (end < body.length && end < 1 << 16 && body[end] != '\n') {
            end++;
        }
        String header = new String(body, 0, end, StandardCharsets.UTF_8).replace("\r", "");
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        char delimiter = ',';
        long most = -1;
        for (char candidate : new char[] {',', ';', '\t', '|'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                delimiter = candidate;
            }
        }
        List<String> names = new ArrayList<>();
        for (String name : header.split(Pattern.quote(String.valueOf(delimiter)), -1)) {
            String trimmed = name.strip();
            names.add(
                    trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                            ? trimmed.substring(1, trimmed.length() - 1).replace("\"\"", "\"")
                            : trimmed);
        }
        return names;
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            directory.toFile().deleteOnExit();
        }
    }
}
