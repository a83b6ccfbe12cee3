package io.journeyboard.insights.feedback;

import io.journeyboard.problems.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads feedback from a file, choosing the reader by extension: {@code .csv}, {@code .tsv}/{@code .tab},
 * {@code .xlsx}, or {@code .txt}/{@code .md} for interview transcripts. Either every row is good and
 * all items are returned, or a {@link BadInputException} lists every bad row and nothing is returned.
 */
public final class FeedbackImport {

    private final ImportLimits limits;

    public FeedbackImport(ImportLimits limits) {
        this.limits = limits;
    }

    public FeedbackImport() {
        this(ImportLimits.DEFAULT);
    }

    /** Reads a table (columns located by {@code mapping}) or a transcript (mapping ignored), named by its path. */
    public List<FeedbackItem> read(Path path, FeedbackColumnMapping mapping) throws IOException {
        return read(path, path.toString(), mapping);
    }

    /**
     * Reads {@code path} as {@link #read(Path, FeedbackColumnMapping)} does, calling it {@code file} in every problem
     * and item location: the name its user knows (an upload's name, not its temporary copy). The reader is
     * chosen by {@code path}'s extension.
     */
    public List<FeedbackItem> read(Path path, String file, FeedbackColumnMapping mapping) throws IOException {
        checkReadable(path, file);
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "csv" ->
                new DelimitedFeedbackReader(limits)
                        .read(path, file, DelimitedFeedbackReader.sniffCsvDelimiter(path), mapping);
            case "tsv", "tab" -> new DelimitedFeedbackReader(limits).read(path, file, '\t', mapping);
            case "xlsx" -> new XlsxFeedbackReader(limits).read(path, file, mapping);
            case "txt", "md" -> new TranscriptReader(limits).read(path, file, TranscriptReader.DEFAULT_INTERVIEWERS);
            case "xls" ->
                throw BadInputException.whole(
                        file, "is an old binary Excel file", "save it as .xlsx (Excel workbook) or export it as CSV");
            default ->
                throw BadInputException.whole(
                        file,
                        "has an extension this import does not know ('" + extension + "')",
                        "use .csv, .tsv, .xlsx, or .txt for an interview transcript");
        };
    }

    /** Reads an interview transcript, leaving out the turns of the named interviewers (case-insensitive). */
    public List<FeedbackItem> readTranscript(Path path, Set<String> interviewers) throws IOException {
        checkReadable(path, path.toString());
        Set<String> lower =
                interviewers.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return new TranscriptReader(limits).read(path, path.toString(), lower);
    }

    private void checkReadable(Path path, String file) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(file);
        }
        long size = Files.size(path);
        if (size > limits.maxFileBytes()) {
            throw BadInputException.whole(
                    file,
                    "is " + size + " bytes, more than the limit of " + limits.maxFileBytes(),
                    "split the feedback into smaller files");
        }
    }
}
