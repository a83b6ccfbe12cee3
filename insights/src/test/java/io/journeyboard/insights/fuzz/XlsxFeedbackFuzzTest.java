package io.journeyboard.insights.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the XLSX feedback import (POI, streaming).
 * Seeds and findings: {@code XlsxFeedbackFuzzTestInputs/readsOrExplains} in the test resources.
 */
class XlsxFeedbackFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void readsOrExplains(byte[] content) {
        BadInputOnly.importFeedback(content, "feedback.xlsx");
    }
}
