package io.journeyboard.insights.feedback;

import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.InputProblem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the rows of one table (CSV, TSV or a sheet) into feedback items, checking every cell and
 * collecting a problem for each bad one. Rows are fed in file order; {@link #finish()} returns the
 * items only when no problem was found.
 */
final class FeedbackRows {

    private final String file;
    private final List<String> header;
    private final ImportLimits limits;
    private final Map<FeedbackField, Integer> columns = new EnumMap<>(FeedbackField.class);
    private final List<FeedbackItem> items = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private final Set<String> seenIds = new HashSet<>();

    FeedbackRows(
            String file, List<String> header, long headerLine, FeedbackColumnMapping mapping, ImportLimits limits) {
        this.file = file;
        this.header = List.copyOf(header);
        this.limits = limits;
        for (FeedbackField field : FeedbackField.values()) {
            int index = indexOf(header, mapping.headerFor(field));
            if (index >= 0) {
                columns.put(field, index);
            } else if (mapping.isExplicit(field) || field == FeedbackField.TEXT) {
                throw new BadInputException(new InputProblem(
                        file,
                        headerLine,
                        mapping.headerFor(field),
                        null,
                        "no such column in the header (the header has: " + String.join(", ", header) + ")",
                        "rename the column, or name an existing one as the " + field.defaultHeader() + " column",
                        field.setting()));
            }
        }
    }

    /** Whether the problem limit is reached and reading further rows is pointless. */
    boolean full() {
        return problems.size() >= limits.maxProblems();
    }

    void problem(long line, String column, String value, String reason, String fix) {
        if (!full()) {
            problems.add(new InputProblem(file, line, column, value, reason, fix));
        }
    }

    /** Checks one data row; {@code cells} may be shorter than the header (missing trailing cells are empty). */
    void add(long line, String location, List<String> cells) {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        if (items.size() + 1 > limits.maxRows()) {
            problem(line, null, null, "more than " + limits.maxRows() + " rows", "split the file into smaller ones");
            return;
        }
        int before = problems.size();
        if (cells.size() > header.size()) {
            problem(
                    line,
                    null,
                    null,
                    "has " + cells.size() + " cells but the header has " + header.size(),
                    "quote cells that contain the delimiter, or add the missing header names");
        }
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).length() > limits.maxFieldChars()) {
                problem(
                        line,
                        columnName(i),
                        cells.get(i),
                        "is " + cells.get(i).length() + " characters long, more than " + limits.maxFieldChars(),
                        "shorten the cell or split it into several rows");
            }
        }
        String text = cell(cells, FeedbackField.TEXT);
        if (text == null) {
            problem(
                    line,
                    header(FeedbackField.TEXT),
                    "",
                    "the feedback text is empty",
                    "fill in the text or delete the row");
        }
        String id = cell(cells, FeedbackField.ID);
        if (id == null) {
            id = "line-" + line;
        }
        if (!seenIds.add(id)) {
            problem(
                    line,
                    header(FeedbackField.ID),
                    id,
                    "repeats an id used on an earlier row",
                    "give every row its own id");
        }
        LocalDate date = parseDate(line, cell(cells, FeedbackField.DATE));
        Double rating = parseRating(line, cell(cells, FeedbackField.RATING));
        if (problems.size() == before) {
            items.add(new FeedbackItem(
                    id,
                    text,
                    date,
                    rating,
                    cell(cells, FeedbackField.CHANNEL),
                    cell(cells, FeedbackField.STAGE),
                    cell(cells, FeedbackField.CUSTOMER),
                    cell(cells, FeedbackField.SOURCE),
                    location));
        }
    }

    /** The items, or an exception listing every problem found. */
    List<FeedbackItem> finish() {
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        if (items.isEmpty()) {
            throw BadInputException.whole(file, "has no feedback rows", "add rows below the header line");
        }
        return List.copyOf(items);
    }

    private LocalDate parseDate(long line, String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() <= 10) {
                return LocalDate.parse(value);
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(value).toLocalDate();
            }
            return LocalDateTime.parse(value.replace(' ', 'T')).toLocalDate();
        } catch (DateTimeParseException e) {
            problem(
                    line,
                    header(FeedbackField.DATE),
                    value,
                    "is not a date",
                    "write dates as YYYY-MM-DD (ISO 8601), optionally followed by a time");
            return null;
        }
    }

    private Double parseRating(long line, String value) {
        if (value == null) {
            return null;
        }
        try {
            double rating = Double.parseDouble(value.replace(',', '.'));
            if (Double.isFinite(rating)) {
                return rating;
            }
        } catch (NumberFormatException e) {
            // reported below, with the same message as an infinite value
        }
        problem(
                line,
                header(FeedbackField.RATING),
                value,
                "is not a number",
                "write the rating as a number such as 4 or 4.5, or leave the cell empty");
        return null;
    }

    private String cell(List<String> cells, FeedbackField field) {
        Integer index = columns.get(field);
        if (index == null || index >= cells.size()) {
            return null;
        }
        String value = cells.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private String header(FeedbackField field) {
        Integer index = columns.get(field);
        return index == null ? field.defaultHeader() : columnName(index);
    }

    private String columnName(int index) {
        return index < header.size() && !header.get(index).isBlank() ? header.get(index) : "column " + (index + 1);
    }

    private static int indexOf(List<String> header, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
