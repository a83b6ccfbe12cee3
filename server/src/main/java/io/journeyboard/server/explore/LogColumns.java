package io.journeyboard.server.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.analytics.ingest.PluggedLogFormat;
import io.journeyboard.analytics.ingest.PluggedLogFormats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The columns (CSV, TSV), keys (JSON lines) or attribute keys (XES) an upload offers, read from its
 * first bytes, so that an explored log keeps every attribute for breakdowns and segments without the
 * user listing them. Unreadable beginnings give no columns: the reader then reports the real problem.
 */
final class LogColumns {

    private static final int PEEK_BYTES = 256 * 1024;
    private static final int MAX_COLUMNS = 40;
    private static final Pattern XES_KEY = Pattern.compile("<(?:string|int|float|boolean|date)\\s+key=\"([^\"]+)\"");

    private LogColumns() {}

    static List<String> peek(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        String base = gzip ? name.substring(0, name.length() - 3) : name;
        try {
            Optional<PluggedLogFormat> plugged = PluggedLogFormats.forName(name, name);
            if (plugged.isPresent()) {
                List<String> columns = plugged.get().columnNames(file, name);
                return columns.subList(0, Math.min(MAX_COLUMNS, columns.size()));
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            String start = new String(in.readNBytes(PEEK_BYTES), StandardCharsets.UTF_8);
            Set<String> columns = base.endsWith(".xes")
                    ? xesKeys(start)
                    : base.endsWith(".jsonl") || base.endsWith(".ndjson") ? jsonKeys(start) : header(start);
            return new ArrayList<>(columns).subList(0, Math.min(MAX_COLUMNS, columns.size()));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static Set<String> xesKeys(String start) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher matcher = XES_KEY.matcher(start);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static Set<String> jsonKeys(String start) throws IOException {
        int end = start.indexOf('\n');
        JsonNode first = new ObjectMapper().readTree(end < 0 ? start : start.substring(0, end));
        Set<String> keys = new LinkedHashSet<>();
        first.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static Set<String> header(String start) {
        int end = start.indexOf('\n');
        String line =
                (end < 0 ? start : start.substring(0, end)).replace("\r", "").replace("\uFEFF", "");
        char delimiter = ',';
        long best = -1;
        for (char candidate : new char[] {',', '\t', ';', '|'}) {
            long count = line.chars().filter(c -> c == candidate).count();
            if (count > best) {
                best = count;
                delimiter = candidate;
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (String field : line.split(Pattern.quote(String.valueOf(delimiter)), -1)) {
            String trimmed = field.trim();
            if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
                trimmed = trimmed.substring(1, trimmed.length() - 1).replace("\"\"", "\"");
            }
            if (!trimmed.isEmpty()) {
                names.add(trimmed);
            }
        }
        return names;
    }
}
