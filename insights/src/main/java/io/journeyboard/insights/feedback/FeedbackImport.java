package io.journeyboard.insights.feedback;

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
 * all items are returned, or a {@link FeedbackImportException} lists every bad row and nothing is returned.
 */
public final class FeedbackImport {

    private final ImportLimits limits;

    public FeedbackImport(ImportLimits limits) {
        this.limits = limits;
    }

    public FeedbackImport() {
        this(ImportLimits.DEFAULT);
    }

    /** Reads a table (columns located by {@code mapping}) or a transcript (mapping ignored). */
    public List<FeedbackItem> read(Path path, ColumnMapping mapping) throws IOException {
        String file = path.toString();
        checkReadable(path);
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "csv" -> new DelimitedFeedbackReader(limits)
                    .read(path, DelimitedFeedbackReader.sniffCsvDelimiter(path), mapping);
            case "tsv", "tab" -> new DelimitedFeedbackReader(limits).read(path, '\t', mapping);
            case "xlsx" -> new XlsxFeedbackReader(limits).read(path, mapping);
            case "txt", "md" -> new TranscriptReader(limits).read(path, TranscriptReader.DEFAULT_INTERVIEWERS);
            case "xls" -> throw new FeedbackImportException(new ImportProblem(file, 0, null, null,
                    "is an old binary Excel file", "save it as .xlsx (Excel workbook) or export it as CSV"));
            default -> throw new FeedbackImportException(new ImportProblem(file, 0, null, null,
                    "has an extension this import does not know ('" + extension + "')",
                    "use .csv, .tsv, .xlsx, or .txt for an interview transcript"));
        };
    }

    /** Reads an interview transcript, leaving out the turns of the named interviewers (case-insensitive). */
    public List<FeedbackItem> readTranscript(Path path, Set<String> interviewers) throws IOException {
        checkReadable(path);
        Set<String> lower = interviewers.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return new TranscriptReader(limits).read(path, lower);
    }

    private void checkReadable(Path path) throws IOException {
        String file = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(file);
        }
        long size = Files.size(path);
        if (size > limits.maxFileBytes()) {
            throw new FeedbackImportException(new ImportProblem(file, 0, null, null,
                    "is " + size + " bytes, more than the limit of " + limits.maxFileBytes(),
                    "split the feedback into smaller files"));
        }
    }
}
