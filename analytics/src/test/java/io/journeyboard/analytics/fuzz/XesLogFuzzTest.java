package io.journeyboard.analytics.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the XES event-log reader (StAX).
 * Seeds and findings: {@code XesLogFuzzTestInputs/readsOrExplains} in the test resources.
 */
class XesLogFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void readsOrExplains(byte[] content) {
        BadInputOnly.readLog(content, "events.xes");
    }
}
