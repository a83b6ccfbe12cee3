package io.journeyboard.sheets.table;

import io.journeyboard.problems.InputProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a table's header against its kind's columns: every required one present, none unknown or
 * repeated. The list of expected columns is given once, with the first problem that needs it.
 */
final class HeaderCheck {

    private HeaderCheck() {}

    static void check(RawTable table, TableKind kind, List<InputProblem> problems) {
        List<String> known = TableColumns.names(kind);
        String expected = "the columns are " + String.join(", ", known);
        boolean listed = false;
        Set<String> seen = new HashSet<>();
        for (String name : table.header()) {
            if (name.isEmpty()) {
                problems.add(new InputProblem(
                        table.where(),
                        1,
                        null,
                        null,
                        "has a column without a header",
                        listed ? "name every column" : "name every column; " + expected));
                listed = true;
            } else if (!known.contains(name)) {
                problems.add(new InputProblem(
                        table.where(),
                        1,
                        name,
                        null,
                        "is not a column of the " + label(kind) + " table",
                        listed ? "rename or remove it" : "rename or remove it; " + expected));
                listed = true;
            } else if (!seen.add(name)) {
                problems.add(new InputProblem(
                        table.where(), 1, name, null, "appears twice in the header", "keep one of them"));
            }
        }
        List<String> missing = new ArrayList<>();
        for (TableColumns.Column column : TableColumns.of(kind)) {
            if (column.required() && !table.header().contains(column.name())) {
                missing.add(column.name());
            }
        }
        if (missing.size() == 1) {
            problems.add(new InputProblem(
                    table.where(),
                    1,
                    missing.getFirst(),
                    null,
                    "is missing from the header",
                    listed ? "add it" : "add it; " + expected));
        } else if (!missing.isEmpty()) {
            problems.add(new InputProblem(
                    table.where(),
                    1,
                    null,
                    null,
                    "lacks the required columns " + String.join(", ", missing),
                    listed ? "add them" : "add them; " + expected));
        }
    }

    static String label(TableKind kind) {
        return kind == TableKind.CARDS ? "card" : "opportunity";
    }
}
