package io.journeyboard.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.analytics.report.AnalyticsReport;
import io.journeyboard.analytics.report.AnalyticsReportJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Compares two reports figure by figure: every value equal, except means (sums in another order), which
 * may differ by 1e-9 relative. The path of the first difference is in the failure message.
 */
final class ReportComparison {

    private ReportComparison() {}

    /** Asserts equal reports, leaving out the top-level keys named in {@code skipped}. */
    static void assertSameFigures(AnalyticsReport spark, AnalyticsReport engine, String... skipped) {
        JsonNode actual = AnalyticsReportJson.tree(spark);
        JsonNode expected = AnalyticsReportJson.tree(engine);
        List<String> fields = new ArrayList<>();
        expected.fieldNames().forEachRemaining(fields::add);
        fields.removeAll(List.of(skipped));
        for (String field : fields) {
            compare("$." + field, actual.get(field), expected.get(field), field);
        }
    }

    private static void compare(String path, JsonNode actual, JsonNode expected, String name) {
        assertThat(actual).as(path).isNotNull();
        if (expected.isNumber() && expected.isFloatingPointNumber() || actual.isFloatingPointNumber()) {
            double want = expected.asDouble();
            if (name.startsWith("mean")) {
                assertThat(actual.asDouble()).as(path).isCloseTo(want, within(Math.abs(want) * 1e-9 + 1e-12));
            } else {
                assertThat(actual.asDouble()).as(path).isEqualTo(want);
            }
            return;
        }
        assertThat(actual.getNodeType()).as(path).isEqualTo(expected.getNodeType());
        if (expected.isArray()) {
            assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", actual.get(i), expected.get(i), name);
            }
        } else if (expected.isObject()) {
            List<String> actualNames = new ArrayList<>();
            actual.fieldNames().forEachRemaining(actualNames::add);
            List<String> expectedNames = new ArrayList<>();
            expected.fieldNames().forEachRemaining(expectedNames::add);
            assertThat(actualNames).as(path + " keys").isEqualTo(expectedNames);
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                compare(path + "." + key, actual.get(key), expected.get(key), key);
            }
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }
}
