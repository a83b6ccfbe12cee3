package io.journeyboard.sheets.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the import of card and opportunity tables as CSV (the kind is told by the header).
 * Seeds and findings: {@code CardTableCsvFuzzTestInputs/readsOrExplains} in the test resources.
 */
class CardTableCsvFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void readsOrExplains(byte[] content) {
        BadInputOnly.importTable(content, "cards.csv");
    }
}
