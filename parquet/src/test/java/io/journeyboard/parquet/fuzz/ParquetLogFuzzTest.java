package io.journeyboard.parquet.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.journeyboard.analytics.fuzz.BadInputOnly;

/**
 * Fuzzes the Parquet event-log reader through the analytics reader, as a user's upload reaches it.
 * Seeds (real logs written by DuckDB: Snappy in several row groups, uncompressed, gzip) and findings:
 * {@code ParquetLogFuzzTestInputs/readsOrExplains} in the test resources.
 */
class ParquetLogFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void readsOrExplains(byte[] content) {
        BadInputOnly.readLog(content, "events.parquet");
    }
}
