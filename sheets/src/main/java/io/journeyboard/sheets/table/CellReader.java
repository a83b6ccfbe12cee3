package io.journeyboard.sheets.table;

import io.journeyboard.problems.InputProblem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads typed values from the cells of one table, recording a problem (and returning null) for each bad cell. */
final class CellReader {

    private final RawTable table;
    private final List<InputProblem> problems;

    CellReader(RawTable table, List<InputProblem> problems) {
        this.table = table;
        this.problems = problems;
    }

    String text(RawTable.Row row, String column) {
        return row.get(column);
    }

    String required(RawTable.Row row, String column, String fix) {
        String value = row.get(column);
        if (value == null) {
            problem(row, column, null, "is empty", fix);
        }
        return value;
    }

    <E extends Enum<E>> E enumValue(RawTable.Row row, String column, Class<E> type) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        String constant =
                value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return Enum.valueOf(type, constant);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants())
                    .map(TableRows::enumText)
                    .collect(Collectors.joining(", "));
            problem(row, column, value, "is not a " + column.replace('_', ' '), "use one of " + allowed);
            return null;
        }
    }

    Double number(RawTable.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value.strip().replace(",", ""));
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        problem(row, column, value, "is not a number", "write a number such as 42 or 0.75");
        return null;
    }

    /** A whole number; {@code fallback} when the cell is empty or bad (the bad cell is reported). */
    long whole(RawTable.Row row, String column, long fallback) {
        Double number = number(row, column);
        if (number == null) {
            return fallback;
        }
        if (number != Math.rint(number)) {
            problem(row, column, row.get(column), "is not a whole number", "write a whole number such as 3");
            return fallback;
        }
        return number.longValue();
    }

    /** Ids separated by commas or semicolons. */
    List<String> ids(RawTable.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("[,;]"))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .toList();
    }

    void problem(RawTable.Row row, String column, String value, String reason, String fix) {
        problems.add(new InputProblem(table.where(), row.number(), column, value, reason, fix));
    }
}
