package io.journeyboard.parquet;

import dev.hardwood.metadata.ColumnChunk;
import dev.hardwood.metadata.RowGroup;
import dev.hardwood.reader.RowGroupPredicate;
import java.util.ArrayList;
import java.util.List;

/**
 * The file's row groups cut into consecutive parts, one per reading thread: each part a byte range that holds
 * whole row groups, and the number of the part's first row, so that problems name the row in the whole file.
 */
record RowGroupSplits(List<Part> parts) {

    record Part(RowGroupPredicate range, long firstRow) {}

    /** At most {@code wanted} parts of about equal rows; groups start in file order, one after another. */
    static RowGroupSplits of(List<RowGroup> groups, int wanted) {
        int count = Math.max(1, Math.min(wanted, groups.size()));
        long total = groups.stream().mapToLong(RowGroup::numRows).sum();
        List<Part> parts = new ArrayList<>();
        long rows = 0;
        long partStart = 0;
        long partFirstRow = 0;
        for (RowGroup group : groups) {
            if (parts.size() < count - 1 && rows > 0 && rows >= total * (parts.size() + 1) / count) {
                // A group's midpoint lies after its start, so a range ending at this start holds the earlier ones.
                long boundary = start(group);
                parts.add(new Part(RowGroupPredicate.byteRange(partStart, boundary), partFirstRow));
                partStart = boundary;
                partFirstRow = rows;
            }
            rows += group.numRows();
        }
        parts.add(new Part(RowGroupPredicate.byteRange(partStart, Long.MAX_VALUE), partFirstRow));
        return new RowGroupSplits(List.copyOf(parts));
    }

    private static long start(RowGroup group) {
        return group.columns().stream()
                .mapToLong(ColumnChunk::chunkStartOffset)
                .min()
                .orElse(0);
    }
}
