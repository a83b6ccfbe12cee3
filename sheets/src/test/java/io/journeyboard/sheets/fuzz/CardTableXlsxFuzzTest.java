package io.journeyboard.sheets.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the import of card and opportunity tables as an XLSX workbook (POI).
 * Seeds and findings: {@code CardTableXlsxFuzzTestInputs/readsOrExplains} in the test resources.
 */
class CardTableXlsxFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void readsOrExplains(byte[] content) {
        BadInputOnly.importTable(content, "cards.xlsx");
    }
}
