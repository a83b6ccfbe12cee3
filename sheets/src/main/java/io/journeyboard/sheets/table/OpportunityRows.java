package io.journeyboard.sheets.table;

import io.journeyboard.model.opportunity.Opportunity;
import io.journeyboard.model.opportunity.OpportunityStatus;
import io.journeyboard.problems.InputProblem;
import java.util.ArrayList;
import java.util.List;

/** Turns the rows of an opportunity table into opportunities of one journey; bad cells become problems. */
final class OpportunityRows {

    private OpportunityRows() {}

    static List<Opportunity> parse(RawTable table, JourneyRefs refs, List<InputProblem> problems) {
        CellReader cells = new CellReader(table, problems);
        List<Opportunity> opportunities = new ArrayList<>();
        for (RawTable.Row row : table.rows()) {
            String title = cells.required(row, "title", "write the opportunity's title");
            String step = cells.text(row, "step");
            String stepId = step == null ? null : refs.stepId(step).orElse(null);
            if (step != null && stepId == null) {
                cells.problem(
                        row,
                        "step",
                        step,
                        "is not a step of this journey",
                        "leave it empty for the whole journey or use one of " + refs.stepChoices());
            }
            int customerValue = (int) score(row, "customer_value", cells);
            int businessValue = (int) score(row, "business_value", cells);
            int effort = (int) score(row, "effort", cells);
            Double confidence = cells.number(row, "confidence");
            if (confidence == null && row.get("confidence") == null) {
                cells.problem(row, "confidence", null, "is empty", "give the team's confidence from 0.0 to 1.0");
            }
            Long reach = row.get("reach") == null ? null : cells.whole(row, "reach", 0);
            OpportunityStatus status = cells.enumValue(row, "status", OpportunityStatus.class);
            opportunities.add(new Opportunity(
                    cells.text(row, "id"),
                    title,
                    cells.text(row, "description"),
                    stepId,
                    cells.ids(row, "pain_points"),
                    customerValue,
                    businessValue,
                    effort,
                    confidence == null ? 0 : confidence,
                    reach,
                    status == null ? OpportunityStatus.IDEA : status,
                    cells.text(row, "owner")));
        }
        return opportunities;
    }

    /** A 1-5 score; an empty or bad cell is reported and read as 1 so the other checks still run. */
    private static long score(RawTable.Row row, String column, CellReader cells) {
        if (row.get(column) == null) {
            cells.problem(
                    row,
                    column,
                    null,
                    "is empty",
                    "give a score from " + Opportunity.MIN_SCORE + " to " + Opportunity.MAX_SCORE);
            return Opportunity.MIN_SCORE;
        }
        return cells.whole(row, column, Opportunity.MIN_SCORE);
    }
}
