package io.journeyboard.analytics.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the delimited-text event-log reader (comma, semicolon, tab: the delimiter is detected).
 * Seeds and findings: {@code CsvLogFuzzTestInputs/readsOrExplains} in the test resources.
 */
class CsvLogFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void readsOrExplains(byte[] content) {
        BadInputOnly.readLog(content, "events.csv");
    }
}
