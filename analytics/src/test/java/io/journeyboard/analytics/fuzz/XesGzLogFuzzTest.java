package io.journeyboard.analytics.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes gzip-compressed XES: the decompression guard and the XES reader behind it.
 * Seeds and findings: {@code XesGzLogFuzzTestInputs/readsOrExplains} in the test resources.
 */
class XesGzLogFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void readsOrExplains(byte[] content) {
        BadInputOnly.readLog(content, "events.xes.gz");
    }
}
