package io.journeyboard.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.model.evidence.Evidence;
import io.journeyboard.server.http.Json;
import org.junit.jupiter.api.Test;

class ParsedDocumentsTest {

    private final ParsedDocuments<Evidence> parsed = new ParsedDocuments<>(Json.mapper(), Evidence.class, 2);

    private static String record(String id) {
        return "{\"id\":\"" + id + "\",\"kind\":\"interview\",\"source\":\"call " + id + "\"}";
    }

    @Test
    void theSameTextIsParsedOnceAndOtherTextsApart() {
        Evidence first = parsed.read(record("e1"));

        assertThat(parsed.read(record("e1"))).isSameAs(first);
        assertThat(parsed.read(record("e2")))
                .isNotSameAs(first)
                .extracting(Evidence::id)
                .isEqualTo("e2");
    }

    @Test
    void keepsOnlyTheMostRecentlyUsed() {
        Evidence first = parsed.read(record("e1"));
        parsed.read(record("e2"));
        parsed.read(record("e1"));
        parsed.read(record("e3"));

        assertThat(parsed.read(record("e1"))).as("used recently, kept").isSameAs(first);
        Evidence second = parsed.read(record("e2"));
        assertThat(parsed.read(record("e2"))).isSameAs(second);
    }

    @Test
    void aRememberedWriteIsReadWithoutParsing() {
        Evidence written = new Evidence("e9", null, "workshop", "notes", null, null);
        parsed.remember("{\"id\":\"e9\"}", written);

        assertThat(parsed.read("{\"id\":\"e9\"}")).isSameAs(written);
    }
}
