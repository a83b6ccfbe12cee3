package io.journeyboard.sheets.table;

import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Lane;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.model.opportunity.Opportunity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A journey's cards or opportunities as table rows, in {@link TableColumns} order. Cells are a
 * String, a Number (so spreadsheets keep them numeric) or null for an empty cell.
 */
final class TableRows {

    private TableRows() {}

    static List<List<Object>> of(Journey journey, TableKind kind) {
        return kind == TableKind.CARDS ? cards(journey) : opportunities(journey);
    }

    static List<List<Object>> cards(Journey journey) {
        Map<String, Stage> stageOfStep = new HashMap<>();
        Map<String, Step> steps = new HashMap<>();
        for (Stage stage : journey.stages()) {
            for (Step step : stage.steps()) {
                stageOfStep.put(step.id(), stage);
                steps.put(step.id(), step);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Card card : journey.cards()) {
            Stage stage = stageOfStep.get(card.stepId());
            Step step = steps.get(card.stepId());
            String laneTitle = journey.lane(card.laneId()).map(Lane::title).orElse(null);
            var metric = card.metric();
            rows.add(Arrays.asList(
                    card.id(),
                    stage == null ? null : stage.name(),
                    card.stepId(),
                    step == null ? null : step.name(),
                    card.laneId(),
                    laneTitle,
                    card.text(),
                    card.details(),
                    enumText(card.channel()),
                    enumText(card.severity()),
                    metric == null ? null : metric.name(),
                    metric == null ? null : metric.value(),
                    metric == null ? null : metric.target(),
                    metric == null ? null : metric.unit(),
                    list(card.personaIds()),
                    list(card.evidenceIds()),
                    card.imageUrl()));
        }
        return rows;
    }

    static List<List<Object>> opportunities(Journey journey) {
        Map<String, Step> steps = new HashMap<>();
        journey.steps().forEach(step -> steps.put(step.id(), step));
        List<List<Object>> rows = new ArrayList<>();
        for (Opportunity o : journey.opportunities()) {
            Step step = o.stepId() == null ? null : steps.get(o.stepId());
            rows.add(Arrays.asList(
                    o.id(),
                    o.title(),
                    o.description(),
                    o.stepId(),
                    step == null ? null : step.name(),
                    list(o.painPointIds()),
                    o.customerValue(),
                    o.businessValue(),
                    o.effort(),
                    o.confidence(),
                    o.reach(),
                    enumText(o.status()),
                    o.owner(),
                    round(o.valueEffortRatio()),
                    o.reach() == null ? null : round(o.riceScore())));
        }
        return rows;
    }

    /** How enum values are written: lower case, as in the JSON format ({@code in_person}, {@code high}). */
    static String enumText(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? null : String.join(", ", ids);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
