package io.journeyboard.sheets.table;

import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Channel;
import io.journeyboard.model.journey.Metric;
import io.journeyboard.model.journey.Severity;
import io.journeyboard.problems.InputProblem;
import java.util.ArrayList;
import java.util.List;

/** Turns the rows of a card table into cards of one journey; bad cells become problems. */
final class CardRows {

    private CardRows() {}

    static List<Card> parse(RawTable table, JourneyRefs refs, List<InputProblem> problems) {
        CellReader cells = new CellReader(table, problems);
        List<Card> cards = new ArrayList<>();
        for (RawTable.Row row : table.rows()) {
            String lane = cells.required(row, "lane", "give the lane's id or title: " + refs.laneChoices());
            String step = cells.required(row, "step", "give the step's id or name: " + refs.stepChoices());
            String laneId = lane == null ? null : refs.laneId(lane).orElse(null);
            if (lane != null && laneId == null) {
                cells.problem(row, "lane", lane, "is not a lane of this journey", "use one of " + refs.laneChoices());
            }
            String stepId = step == null ? null : refs.stepId(step).orElse(null);
            if (step != null && stepId == null) {
                cells.problem(row, "step", step, "is not a step of this journey", "use one of " + refs.stepChoices());
            }
            String text = cells.required(row, "text", "write what the card says");
            Metric metric = metric(row, cells);
            cards.add(new Card(
                    cells.text(row, "id"),
                    laneId,
                    stepId,
                    text,
                    cells.text(row, "details"),
                    cells.enumValue(row, "channel", Channel.class),
                    cells.enumValue(row, "severity", Severity.class),
                    metric,
                    cells.ids(row, "personas"),
                    cells.ids(row, "evidence"),
                    cells.text(row, "image_url")));
        }
        return cards;
    }

    private static Metric metric(RawTable.Row row, CellReader cells) {
        String name = cells.text(row, "metric_name");
        Double value = cells.number(row, "metric_value");
        Double target = cells.number(row, "metric_target");
        String unit = cells.text(row, "metric_unit");
        if (name == null && value == null && target == null && unit == null) {
            return null;
        }
        return new Metric(name, value, target, unit);
    }
}
