package io.journeyboard.server.dataset;

import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.FieldError;
import java.util.List;
import java.util.Locale;

/** The name of an uploaded event file ({@code file=loans.xes.gz}) and the format its extension means. */
record UploadName(String name, BatchReader.Format format, boolean gzip) {

    private static final String ACCEPTED = "csv, tsv, txt, jsonl, ndjson or xes, each optionally followed by .gz";

    static UploadName of(String given) {
        if (given == null || given.isBlank()) {
            throw invalid("give the upload's file name, e.g. file=events.csv; its extension (" + ACCEPTED
                    + ") says how to read it");
        }
        String lower = given.toLowerCase(Locale.ROOT);
        boolean gzip = lower.endsWith(".gz");
        String plain = gzip ? lower.substring(0, lower.length() - 3) : lower;
        String extension = plain.contains(".") ? plain.substring(plain.lastIndexOf('.') + 1) : "";
        BatchReader.Format format = switch (extension) {
            case "csv", "tsv", "txt" -> BatchReader.Format.CSV;
            case "jsonl", "ndjson" -> BatchReader.Format.JSON_LINES;
            case "xes" -> BatchReader.Format.XES;
            default ->
                throw invalid("'" + given + "' has no extension an event file is read by; use one of: " + ACCEPTED);
        };
        return new UploadName(given.replaceAll("[^\\w.\\- ]", "_"), format, gzip);
    }

    private static ApiException invalid(String message) {
        return ApiException.invalid(List.of(new FieldError("file", message)));
    }
}
