package io.journeyboard.sheets.table;

import io.journeyboard.model.journey.Journey;
import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.InputProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Cards or opportunities as RFC 4180 CSV in UTF-8 (with a byte-order mark, so Excel reads accents right), and back. */
final class CsvTables {

    private static final char BOM = '\uFEFF';
    private static final char FORMULA_GUARD = '\'';

    private CsvTables() {}

    static void write(Journey journey, TableKind kind, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(TableColumns.names(kind));
        for (List<Object> row : TableRows.of(journey, kind)) {
            printer.printRecord(row.stream().map(CsvTables::cell).toList());
        }
        printer.flush();
    }

    private static String cell(Object value) {
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof String text && startsLikeAFormula(text)) {
            // OWASP's advice against CSV injection: a spreadsheet shows a leading quote's text as text, never runs it
            return FORMULA_GUARD + text;
        }
        return value == null ? "" : value.toString();
    }

    /** Whether a spreadsheet would read {@code text} as a formula (or a command, as some read a leading tab or CR). */
    private static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** A cell as written, without the guard {@link #cell} put before text that starts like a formula. */
    private static String unguarded(String cell) {
        boolean guarded = cell.length() > 1 && cell.charAt(0) == FORMULA_GUARD && startsLikeAFormula(cell.substring(1));
        return guarded ? cell.substring(1) : cell;
    }

    static RawTable read(byte[] content, String file) {
        String text = decode(content, file);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setTrim(true).get().parse(new StringReader(text))) {
            try {
                parser.forEach(records::add);
            } catch (UncheckedIOException | IllegalStateException e) {
                throw unpairedQuotes(file, parser.getCurrentLineNumber() + 1);
            }
        } catch (IOException e) {
            throw unpairedQuotes(file, 0);
        }
        if (records.isEmpty()) {
            throw BadInputException.whole(
                    file, "is empty", "export a table from Journeyboard to see the expected columns");
        }
        List<String> header = records.getFirst().stream().map(String::strip).toList();
        List<RawTable.Row> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < record.size() && i < header.size(); i++) {
                if (!record.get(i).isBlank()) {
                    cells.put(header.get(i), unguarded(record.get(i)));
                }
            }
            if (record.size() > header.size()
                    && record.stream().skip(header.size()).anyMatch(v -> !v.isBlank())) {
                throw new BadInputException(new InputProblem(
                        file,
                        record.getRecordNumber(),
                        null,
                        null,
                        "has " + record.size() + " fields but the header has " + header.size(),
                        "remove the extra fields or add a header for them"));
            }
            if (!cells.isEmpty()) {
                rows.add(new RawTable.Row(record.getRecordNumber(), cells));
            }
        }
        return new RawTable(file, header, rows);
    }

    /** Commons CSV's own message names its classes; this says where reading stopped instead. */
    private static BadInputException unpairedQuotes(String file, long line) {
        return new BadInputException(
                new InputProblem(
                        file,
                        line,
                        null,
                        null,
                        "is not valid CSV: the double quotes of a field do not pair up",
                        "save it as CSV with commas between fields and double quotes around fields that hold commas or quotes"));
    }

    private static String decode(byte[] content, String file) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw BadInputException.whole(file, "is not UTF-8 text", "save the CSV as UTF-8");
        }
    }
}
