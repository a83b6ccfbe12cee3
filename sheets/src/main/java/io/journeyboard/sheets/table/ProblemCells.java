package io.journeyboard.sheets.table;

import io.journeyboard.model.validation.Problem;
import io.journeyboard.problems.InputProblem;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Points a validator problem of the imported journey back at the table row and column it came from. */
final class ProblemCells {

    private static final Pattern ITEM =
            Pattern.compile("journeys\\[(\\d+)]\\.(cards|opportunities)\\[(\\d+)]\\.?([A-Za-z]*)");
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("id", "id"),
            Map.entry("laneId", "lane"),
            Map.entry("stepId", "step"),
            Map.entry("text", "text"),
            Map.entry("details", "details"),
            Map.entry("channel", "channel"),
            Map.entry("severity", "severity"),
            Map.entry("metric", "metric_name"),
            Map.entry("personaIds", "personas"),
            Map.entry("evidenceIds", "evidence"),
            Map.entry("imageUrl", "image_url"),
            Map.entry("title", "title"),
            Map.entry("description", "description"),
            Map.entry("painPointIds", "pain_points"),
            Map.entry("customerValue", "customer_value"),
            Map.entry("businessValue", "business_value"),
            Map.entry("effort", "effort"),
            Map.entry("confidence", "confidence"),
            Map.entry("reach", "reach"),
            Map.entry("status", "status"),
            Map.entry("owner", "owner"));

    private ProblemCells() {}

    static InputProblem locate(Problem problem, int journeyIndex, Map<TableKind, RawTable> tables, String file) {
        Matcher m = ITEM.matcher(problem.path());
        if (m.lookingAt() && Integer.parseInt(m.group(1)) == journeyIndex) {
            TableKind kind = m.group(2).equals("cards") ? TableKind.CARDS : TableKind.OPPORTUNITIES;
            RawTable table = tables.get(kind);
            int index = Integer.parseInt(m.group(3));
            if (table != null && index < table.rows().size()) {
                RawTable.Row row = table.rows().get(index);
                String column = COLUMNS.get(m.group(4));
                return new InputProblem(
                        table.where(),
                        row.number(),
                        column,
                        column == null ? null : row.get(column),
                        problem.message(),
                        "correct the cell, or the map it refers to");
            }
        }
        return InputProblem.ofWhole(
                file, "would make the map invalid: " + problem, "correct the table so the map stays valid");
    }
}
