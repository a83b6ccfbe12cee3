package io.journeyboard.insights.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the CSV feedback import (the delimiter is sniffed: comma, semicolon or tab).
 * Seeds and findings: {@code DelimitedFeedbackFuzzTestInputs/readsOrExplains} in the test resources.
 */
class DelimitedFeedbackFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void readsOrExplains(byte[] content) {
        BadInputOnly.importFeedback(content, "feedback.csv");
    }
}
