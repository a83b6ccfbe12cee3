package io.journeyboard.render.map;

import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Lane;
import io.journeyboard.model.journey.LaneKind;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.model.opportunity.Opportunity;
import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.text.LineBreaker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a journey's grid: steps as fixed-width columns under their stage bands, lanes as rows as
 * tall as their fullest cell, cards stacked in their cells. Opportunities that span the whole
 * journey flow in a strip under the opportunity lane's cells.
 */
final class GridLayout {

    static final double LABEL_WIDTH = 150;
    static final double COLUMN_WIDTH = 178;
    static final double CELL_PADDING = 7;
    static final double CARD_GAP = 6;
    static final double STAGE_BAND = 30;
    static final double EMOTION_HEIGHT = 150;
    static final double MIN_ROW = 44;
    static final double SPAN_CAPTION = 14;

    private final LineBreaker breaker;
    private final CardViews views;

    GridLayout(LineBreaker breaker, CardViews views) {
        this.breaker = breaker;
        this.views = views;
    }

    MapGrid layout(Journey journey, double left, double top) {
        double gridLeft = left + LABEL_WIDTH;
        List<MapGrid.Column> columns = new ArrayList<>();
        List<MapGrid.StageBand> bands = new ArrayList<>();
        for (Stage stage : journey.stages()) {
            double stageX = gridLeft + columns.size() * COLUMN_WIDTH;
            List<Step> steps = stage.steps().isEmpty() ? Collections.singletonList(null) : stage.steps();
            for (Step step : steps) {
                List<String> name = step == null
                        ? List.of()
                        : breaker.wrap(step.name(), MapText.STEP.size(), true, COLUMN_WIDTH - 2 * CELL_PADDING, 3);
                columns.add(new MapGrid.Column(step, gridLeft + columns.size() * COLUMN_WIDTH, COLUMN_WIDTH, name));
            }
            double width = steps.size() * COLUMN_WIDTH;
            bands.add(new MapGrid.StageBand(
                    stage,
                    bands.size(),
                    stageX,
                    width,
                    breaker.wrap(stage.name(), MapText.STAGE.size(), true, width - 2 * CELL_PADDING, 1)));
        }
        int stepLines =
                columns.stream().mapToInt(c -> c.nameLines().size()).max().orElse(1);
        double stepHeader = 2 * CELL_PADDING + Math.max(1, stepLines) * MapText.STEP_LEADING;

        Map<String, Integer> columnOfStep = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).step() != null) {
                columnOfStep.put(columns.get(i).step().id(), i);
            }
        }
        List<MapGrid.Row> rows = new ArrayList<>();
        double y = top + STAGE_BAND + stepHeader;
        double gridWidth = columns.size() * COLUMN_WIDTH;
        for (Lane lane : journey.lanes()) {
            MapGrid.Row row = row(journey, lane, columns, columnOfStep, gridLeft, gridWidth, y);
            rows.add(row);
            y += row.height();
        }
        return new MapGrid(left, top, LABEL_WIDTH, STAGE_BAND, stepHeader, columns, bands, rows);
    }

    private MapGrid.Row row(
            Journey journey,
            Lane lane,
            List<MapGrid.Column> columns,
            Map<String, Integer> columnOfStep,
            double gridLeft,
            double gridWidth,
            double y) {
        List<String> title = breaker.wrap(lane.title(), MapText.LANE.size(), true, LABEL_WIDTH - 26, 3);
        double titleHeight = 2 * CELL_PADDING + title.size() * MapText.LANE_LEADING + 12;
        if (lane.kind() == LaneKind.EMOTION) {
            return new MapGrid.Row(lane, title, y, Math.max(EMOTION_HEIGHT, titleHeight), List.of(), null);
        }
        Rgb accent = Palette.lane(lane.kind());
        double cardWidth = COLUMN_WIDTH - 2 * CELL_PADDING;
        Map<Integer, List<CardView>> cells = new LinkedHashMap<>();
        List<CardView> spanning = new ArrayList<>();
        if (lane.kind() == LaneKind.OPPORTUNITIES) {
            for (Opportunity opportunity : journey.opportunities()) {
                Integer column = opportunity.stepId() == null ? null : columnOfStep.get(opportunity.stepId());
                CardView view = views.opportunity(opportunity, accent, cardWidth);
                if (column == null) {
                    spanning.add(view);
                } else {
                    cells.computeIfAbsent(column, c -> new ArrayList<>()).add(view);
                }
            }
        } else {
            for (Card card : journey.cards()) {
                Integer column = columnOfStep.get(card.stepId());
                if (card.laneId().equals(lane.id()) && column != null) {
                    cells.computeIfAbsent(column, c -> new ArrayList<>()).add(views.card(card, accent, cardWidth));
                }
            }
        }
        List<MapGrid.PlacedCard> placed = new ArrayList<>();
        double cellsHeight = 0;
        for (Map.Entry<Integer, List<CardView>> cell : cells.entrySet()) {
            double cardY = y + CELL_PADDING;
            double x = columns.get(cell.getKey()).x() + CELL_PADDING;
            for (CardView view : cell.getValue()) {
                placed.add(new MapGrid.PlacedCard(view, x, cardY));
                cardY += view.height() + CARD_GAP;
            }
            cellsHeight = Math.max(cellsHeight, CardViews.stackHeight(cell.getValue(), CARD_GAP) + 2 * CELL_PADDING);
        }
        double spanTop = y + Math.max(cellsHeight, CELL_PADDING);
        Double caption = spanning.isEmpty() ? null : spanTop + SPAN_CAPTION - 4;
        double spanHeight = spanning.isEmpty()
                ? 0
                : SPAN_CAPTION + flow(spanning, gridLeft + CELL_PADDING, spanTop + SPAN_CAPTION, gridWidth, placed);
        double height = Math.max(Math.max(MIN_ROW, titleHeight), cellsHeight + spanHeight);
        return new MapGrid.Row(lane, title, y, height, placed, caption);
    }

    /** Lays views left to right, wrapping at the grid's width; returns the height used. */
    private static double flow(
            List<CardView> views, double left, double top, double width, List<MapGrid.PlacedCard> placed) {
        double x = left;
        double y = top;
        double lineHeight = 0;
        for (CardView view : views) {
            if (x + view.width() > left + width && x > left) {
                x = left;
                y += lineHeight + CARD_GAP;
                lineHeight = 0;
            }
            placed.add(new MapGrid.PlacedCard(view, x, y));
            x += view.width() + 2 * CELL_PADDING;
            lineHeight = Math.max(lineHeight, view.height());
        }
        return y + lineHeight + CELL_PADDING - top;
    }
}
