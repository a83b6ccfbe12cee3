package io.journeyboard.insights.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the plain-text interview transcript import.
 * Seeds and findings: {@code TranscriptFuzzTestInputs/readsOrExplains} in the test resources.
 */
class TranscriptFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void readsOrExplains(byte[] content) {
        BadInputOnly.importFeedback(content, "interview.txt");
    }
}
