package io.journeyboard.parquet;

import dev.hardwood.internal.metadata.PageHeader;
import dev.hardwood.internal.thrift.PageHeaderReader;
import dev.hardwood.internal.thrift.ThriftCompactReader;
import dev.hardwood.metadata.ColumnChunk;
import dev.hardwood.metadata.ColumnMetaData;
import dev.hardwood.metadata.FileMetaData;
import dev.hardwood.metadata.RowGroup;
import io.journeyboard.problems.BadInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Walks every column chunk's page headers before Hardwood reads the pages: each header must parse, give a
 * page size that is not negative, and end its page inside the chunk, and the chunk must end where its last
 * page does. Fuzzing found that Hardwood 1.0.1 spins forever on a chunk whose pages are shifted by one byte
 * (a header read from the middle of a page), in a thread nobody can stop; a file refused here never gets
 * there. Reads headers only, with Hardwood's own header reader (an internal class: the version is pinned).
 */
final class PageWalk {

    /** Room for a header: a few dozen bytes, more with statistics of long values; a bigger one is read again. */
    private static final int HEADER_BYTES = 4 << 10;

    private static final int LARGEST_HEADER_BYTES = 1 << 20;

    private PageWalk() {}

    static void pagesFitTheirChunks(Path path, FileMetaData meta, String file) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            for (RowGroup group : meta.rowGroups()) {
                for (ColumnChunk chunk : group.columns()) {
                    walk(channel, size, chunk.metaData(), file);
                }
            }
        }
    }

    private static void walk(FileChannel channel, long fileSize, ColumnMetaData column, String file)
            throws IOException {
        Long dictionary = column.dictionaryPageOffset();
        long start = dictionary != null && dictionary > 0 ? dictionary : column.dataPageOffset();
        long end = start + column.totalCompressedSize();
        if (start < 4 || column.totalCompressedSize() < 0 || end > fileSize) {
            throw ParquetFileChecks.damaged(file);
        }
        long at = start;
        while (at < end) {
            at = pageEnd(channel, at, end, file);
        }
        if (at != end) {
            throw ParquetFileChecks.damaged(file);
        }
    }

    /** Where the page whose header starts at {@code at} ends; refuses a header that is damaged or leaves the chunk. */
    private static long pageEnd(FileChannel channel, long at, long chunkEnd, String file) throws IOException {
        int room = (int) Math.min(HEADER_BYTES, chunkEnd - at);
        while (true) {
            ByteBuffer bytes = ByteBuffer.allocate(room);
            while (bytes.hasRemaining() && channel.read(bytes, at + bytes.position()) > 0) {
                // reads until the room is full or the file ends
            }
            bytes.flip();
            ThriftCompactReader reader = new ThriftCompactReader(bytes);
            try {
                PageHeader header = PageHeaderReader.read(reader);
                long next = at + reader.getBytesRead() + header.compressedPageSize();
                if (header.type() == null || header.compressedPageSize() < 0 || next <= at || next > chunkEnd) {
                    throw ParquetFileChecks.damaged(file);
                }
                return next;
            } catch (BadInputException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                // a header longer than the room reads as cut short; one larger than any real header is damage
                if (room >= LARGEST_HEADER_BYTES || room >= chunkEnd - at) {
                    throw ParquetFileChecks.damaged(file);
                }
                room = (int) Math.min(LARGEST_HEADER_BYTES, chunkEnd - at);
            }
        }
    }
}
