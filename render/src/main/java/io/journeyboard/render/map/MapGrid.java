package io.journeyboard.render.map;

import io.journeyboard.model.journey.Lane;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import java.util.List;

/** The positions a map's grid resolved to: its columns, stage bands and lane rows, in drawing coordinates. */
record MapGrid(
        double left,
        double top,
        double labelWidth,
        double stageBandHeight,
        double stepHeaderHeight,
        List<Column> columns,
        List<StageBand> stages,
        List<Row> rows) {

    /** One column: a step, or an empty placeholder for a stage without steps. */
    record Column(Step step, double x, double width, List<String> nameLines) {

        double centre() {
            return x + width / 2;
        }
    }

    record StageBand(Stage stage, int index, double x, double width, List<String> nameLines) {}

    /**
     * One lane; {@code cards} are already placed in their cells.
     *
     * @param spanCaption baseline of the caption over journey-wide opportunities, or null when there are none
     */
    record Row(
            Lane lane, List<String> titleLines, double y, double height, List<PlacedCard> cards, Double spanCaption) {}

    record PlacedCard(CardView view, double x, double y) {}

    MapGrid {
        columns = List.copyOf(columns);
        stages = List.copyOf(stages);
        rows = List.copyOf(rows);
    }

    double gridLeft() {
        return left + labelWidth;
    }

    double right() {
        return columns.isEmpty()
                ? gridLeft()
                : columns.getLast().x() + columns.getLast().width();
    }

    double headerBottom() {
        return top + stageBandHeight + stepHeaderHeight;
    }

    double bottom() {
        return rows.isEmpty()
                ? headerBottom()
                : rows.getLast().y() + rows.getLast().height();
    }
}
