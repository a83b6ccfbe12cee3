package io.journeyboard.sheets.table;

import java.util.List;

/**
 * The columns of the card and opportunity tables, in export order. Columns marked for reading only
 * (names and computed scores) help people working in a spreadsheet and are ignored on import.
 */
public final class TableColumns {

    /** One column: its header, whether an import needs it, and whether an import reads it at all. */
    public record Column(String name, boolean required, boolean readOnly) {}

    public static final List<Column> CARDS = List.of(
            required("id"),
            readOnly("stage_name"),
            required("step"),
            readOnly("step_name"),
            required("lane"),
            readOnly("lane_title"),
            required("text"),
            optional("details"),
            optional("channel"),
            optional("severity"),
            optional("metric_name"),
            optional("metric_value"),
            optional("metric_target"),
            optional("metric_unit"),
            optional("personas"),
            optional("evidence"),
            optional("image_url"));

    public static final List<Column> OPPORTUNITIES = List.of(
            required("id"),
            required("title"),
            optional("description"),
            optional("step"),
            readOnly("step_name"),
            optional("pain_points"),
            required("customer_value"),
            required("business_value"),
            required("effort"),
            required("confidence"),
            optional("reach"),
            optional("status"),
            optional("owner"),
            readOnly("value_effort"),
            readOnly("rice"));

    private TableColumns() {}

    public static List<Column> of(TableKind kind) {
        return kind == TableKind.CARDS ? CARDS : OPPORTUNITIES;
    }

    public static List<String> names(TableKind kind) {
        return of(kind).stream().map(Column::name).toList();
    }

    private static Column required(String name) {
        return new Column(name, true, false);
    }

    private static Column optional(String name) {
        return new Column(name, false, false);
    }

    private static Column readOnly(String name) {
        return new Column(name, false, true);
    }
}
