package io.journeyboard.analytics.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the JSON-lines event-log reader.
 * Seeds and findings: {@code JsonLinesLogFuzzTestInputs/readsOrExplains} in the test resources.
 */
class JsonLinesLogFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void readsOrExplains(byte[] content) {
        BadInputOnly.readLog(content, "events.jsonl");
    }
}
