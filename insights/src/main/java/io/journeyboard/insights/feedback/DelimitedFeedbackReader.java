package io.journeyboard.insights.feedback;

import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.InputProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads feedback from a UTF-8 CSV or TSV file whose first row is a header. */
final class DelimitedFeedbackReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Said instead of Commons CSV's own message, which speaks of "encapsulated tokens". */
    private static final String UNPAIRED_QUOTES =
            "cannot be parsed: a quoted cell is not closed, or text follows its closing quote";

    private static final String QUOTES_FIX =
            "close every quoted cell with a double quote and write a quote inside a cell as \"\"";

    private final ImportLimits limits;

    DelimitedFeedbackReader(ImportLimits limits) {
        this.limits = limits;
    }

    /** Reads {@code path}, calling it {@code file} in problems and item locations. */
    List<FeedbackItem> read(Path path, String file, char delimiter, FeedbackColumnMapping mapping) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            long headerLine = parser.getCurrentLineNumber() + 1;
            List<String> header;
            try {
                if (!records.hasNext()) {
                    throw BadInputException.whole(
                            file, "is empty", "export the feedback with a header row naming the columns, e.g. id,text");
                }
                header = cells(records.next());
            } catch (UncheckedIOException | IllegalStateException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw e;
                }
                throw new BadInputException(
                        new InputProblem(file, headerLine, null, null, UNPAIRED_QUOTES, QUOTES_FIX));
            }
            if (!header.isEmpty()
                    && !header.getFirst().isEmpty()
                    && header.getFirst().charAt(0) == BYTE_ORDER_MARK) {
                header.set(0, header.getFirst().substring(1));
            }
            FeedbackRows rows = new FeedbackRows(file, header, headerLine, mapping, limits);
            while (!rows.full()) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    if (e.getCause() instanceof CharacterCodingException) {
                        throw e;
                    }
                    rows.problem(line, null, null, UNPAIRED_QUOTES, QUOTES_FIX);
                    break;
                }
                rows.add(line, file + ":" + line, cells(record));
            }
            return rows.finish();
        } catch (CharacterCodingException e) {
            throw BadInputException.whole(
                    file, "is not UTF-8 text", "save the file with UTF-8 encoding (in Excel: CSV UTF-8)");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw BadInputException.whole(
                        file, "is not UTF-8 text", "save the file with UTF-8 encoding (in Excel: CSV UTF-8)");
            }
            throw e;
        }
    }

    /** Comma, unless the header line has more semicolons (as spreadsheet programs write in many locales). */
    static char sniffCsvDelimiter(Path path) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            if (first == null) {
                return ',';
            }
            long commas = first.chars().filter(c -> c == ',').count();
            long semicolons = first.chars().filter(c -> c == ';').count();
            return semicolons > commas ? ';' : ',';
        } catch (CharacterCodingException e) {
            return ',';
        }
    }

    private static List<String> cells(CSVRecord record) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        return cells;
    }
}
