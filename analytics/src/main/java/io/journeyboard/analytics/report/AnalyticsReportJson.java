package io.journeyboard.analytics.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.journeyboard.problems.InputProblem;
import io.journeyboard.problems.Setting;
import java.io.IOException;
import java.io.OutputStream;

/** Writes an {@link AnalyticsReport} as indented JSON (schema in {@code docs/analytics-report.md}). */
public final class AnalyticsReportJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS)
            .addMixIn(InputProblem.class, ProblemFields.class);

    private AnalyticsReportJson() {}

    /** Writes the report; {@code out} is flushed, not closed. */
    public static void write(AnalyticsReport report, OutputStream out) throws IOException {
        JSON.writeValue(out, report);
    }

    /** The report as a JSON tree, to embed in a larger answer without writing and parsing text. */
    public static JsonNode tree(AnalyticsReport report) {
        return JSON.valueToTree(report);
    }

    public static String toJson(AnalyticsReport report) throws IOException {
        return JSON.writeValueAsString(report);
    }

    /** A skipped row keeps the report's documented fields ({@code file}, {@code why}); settings are for fronts. */
    @JsonPropertyOrder({"file", "line", "column", "value", "why", "fix"})
    private interface ProblemFields {

        @JsonProperty("file")
        String source();

        @JsonProperty("why")
        String reason();

        @JsonIgnore
        Setting setting();
    }
}
