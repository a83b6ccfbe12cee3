package io.journeyboard.insights.feedback;

/**
 * Bounds that keep a huge or hostile file from exhausting memory: larger inputs are refused with a
 * message instead of being read.
 *
 * @param maxFileBytes  largest file accepted, in bytes (for XLSX: the compressed file)
 * @param maxRows       most data rows (or transcript sentences) accepted
 * @param maxFieldChars longest cell accepted, in characters
 * @param maxProblems   the import stops collecting problems after this many
 */
public record ImportLimits(long maxFileBytes, int maxRows, int maxFieldChars, int maxProblems) {

    /** 100 MB, 500,000 rows, 20,000 characters a cell, 100 problems reported. */
    public static final ImportLimits DEFAULT = new ImportLimits(100L * 1024 * 1024, 500_000, 20_000, 100);

    public ImportLimits {
        if (maxFileBytes <= 0 || maxRows <= 0 || maxFieldChars <= 0 || maxProblems <= 0) {
            throw new IllegalArgumentException("import limits must be positive");
        }
    }
}
