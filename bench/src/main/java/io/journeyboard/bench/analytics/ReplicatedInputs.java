package io.journeyboard.bench.analytics;

import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.LogReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The replicated BPI 2012 log a benchmark reads, as CSV and as its Parquet copy (DuckDB, Snappy), written into
 * the work directory once and reused by later runs.
 */
record ReplicatedInputs(Path csv, Path parquet) {

    static ReplicatedInputs in(Path work, Path bpicXesGz, int copies) throws IOException, SQLException {
        Path csv = work.resolve("bpic2012x" + copies + ".csv");
        if (!Files.exists(csv)) {
            System.out.println("writing " + csv + " ...");
            ReplicatedLogWriter.write(
                    EventLogReader.read(bpicXesGz, LogReadOptions.defaults()).log(), copies, csv);
        }
        Path parquet = work.resolve("bpic2012x" + copies + ".parquet");
        if (!Files.exists(parquet)) {
            DuckDbSide.writeParquet(csv, parquet);
        }
        return new ReplicatedInputs(csv, parquet);
    }
}
