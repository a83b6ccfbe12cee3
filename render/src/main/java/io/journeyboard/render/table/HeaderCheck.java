package io.journeyboard.render.table;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a table's header against its kind's columns: every required one present, none unknown or repeated. */
final class HeaderCheck {

    private HeaderCheck() {
    }

    static void check(RawTable table, TableKind kind, List<TableProblem> problems) {
        List<String> known = TableColumns.names(kind);
        String expected = String.join(", ", known);
        Set<String> seen = new HashSet<>();
        for (String name : table.header()) {
            if (name.isEmpty()) {
                problems.add(new TableProblem(table.where(), 1, null, null, "has a column without a header",
                        "name every column; the columns are " + expected));
            } else if (!known.contains(name)) {
                problems.add(new TableProblem(table.where(), 1, name, null, "is not a column of the " + label(kind) + " table",
                        "rename or remove it; the columns are " + expected));
            } else if (!seen.add(name)) {
                problems.add(new TableProblem(table.where(), 1, name, null, "appears twice in the header", "keep one of them"));
            }
        }
        for (TableColumns.Column column : TableColumns.of(kind)) {
            if (column.required() && !table.header().contains(column.name())) {
                problems.add(new TableProblem(table.where(), 1, column.name(), null, "is missing from the header",
                        "add it; the columns are " + expected));
            }
        }
    }

    static String label(TableKind kind) {
        return kind == TableKind.CARDS ? "card" : "opportunity";
    }
}
