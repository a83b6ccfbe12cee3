package io.journeyboard.parquet;

import dev.hardwood.metadata.ColumnChunk;
import dev.hardwood.metadata.CompressionCodec;
import dev.hardwood.metadata.FileMetaData;
import dev.hardwood.metadata.RowGroup;
import io.journeyboard.analytics.log.IngestLimits;
import io.journeyboard.problems.BadInputException;
import java.util.EnumSet;
import java.util.Set;

/** What is checked from a Parquet file's footer before its pages are read, and how a damaged file is told. */
final class ParquetFileChecks {

    /** Codecs whose library is in the jar: Snappy (the default of Spark, DuckDB and pyarrow) and gzip. */
    private static final Set<CompressionCodec> READ =
            EnumSet.of(CompressionCodec.UNCOMPRESSED, CompressionCodec.SNAPPY, CompressionCodec.GZIP);

    private ParquetFileChecks() {}

    /** Refuses codecs without their library, and pages that would expand past the input's compression limit. */
    static void readable(FileMetaData meta, long fileBytes, String file, IngestLimits limits) {
        long uncompressed = 0;
        for (RowGroup group : meta.rowGroups()) {
            for (ColumnChunk chunk : group.columns()) {
                CompressionCodec codec = chunk.metaData().codec();
                if (!READ.contains(codec)) {
                    throw BadInputException.whole(
                            file,
                            "column " + chunk.metaData().pathInSchema() + " is compressed with " + codec
                                    + ", which Journeyboard does not read",
                            "write the file with Snappy or gzip compression, such as DuckDB's "
                                    + "COPY t TO 'log.parquet' (FORMAT parquet, COMPRESSION snappy)");
                }
                uncompressed += chunk.metaData().totalUncompressedSize();
            }
        }
        if (uncompressed > Math.max(fileBytes, 1) * limits.maxCompressionRatio()) {
            throw BadInputException.whole(
                    file,
                    "its pages expand to " + uncompressed + " bytes, over " + limits.maxCompressionRatio()
                            + " times the file's size",
                    "give a file that is not compressed this far, or raise the limit if it is trusted");
        }
    }

    /** A file the reader could not decode, told without the library's own words. */
    static BadInputException damaged(String file) {
        return BadInputException.whole(
                file,
                "not a readable Parquet file (its footer, schema or pages are damaged or cut short)",
                "write the file again with a Parquet writer, or give the log as CSV");
    }
}
