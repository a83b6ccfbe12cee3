package io.journeyboard.insights.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyboard.insights.trends.GroupTrend;
import io.journeyboard.insights.trends.Period;
import io.journeyboard.insights.trends.ThemeCount;
import io.journeyboard.insights.trends.ThemeTrends;
import java.util.List;

/**
 * The {@code trends} part of the report JSON: themes and sentiment per period (with the change against the
 * previous period and the emerging themes) and per stage or step of the journey. See {@code docs/insights.md}.
 */
final class TrendJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TrendJson() {}

    static ObjectNode tree(InsightReport report) {
        ObjectNode trends = NODES.objectNode();
        Period period = ThemeTrends.periodOf(report);
        if (period != null) {
            trends.put("period", period.key());
        }
        trends.set("periods", groups(ThemeTrends.byPeriod(report), "period"));
        trends.set("places", groups(ThemeTrends.byPlace(report), "stage"));
        return trends;
    }

    private static ArrayNode groups(List<GroupTrend> groups, String keyName) {
        ArrayNode array = NODES.arrayNode();
        for (GroupTrend group : groups) {
            ObjectNode node = array.addObject();
            node.put(keyName, group.key());
            if (group.stepId() != null) {
                node.put("step", group.stepId());
            }
            node.put("items", group.items());
            node.put("sentiment", InsightReportJson.round(group.sentiment()));
            node.put("negativeShare", InsightReportJson.round(group.negativeShare()));
            if (keyName.equals("period")) {
                node.put("sentimentChange", InsightReportJson.round(group.sentimentChange()));
                ArrayNode emerging = node.putArray("emerging");
                group.emerging().forEach(theme -> emerging.add(theme.themeId()));
            }
            ArrayNode themes = node.putArray("themes");
            for (ThemeCount theme : group.themes()) {
                ObjectNode entry = themes.addObject();
                entry.put("theme", theme.themeId());
                entry.put("items", theme.items());
                entry.put("share", InsightReportJson.round(theme.share()));
                entry.put("sentiment", InsightReportJson.round(theme.sentiment()));
                if (keyName.equals("period")) {
                    entry.put("shareChange", InsightReportJson.round(theme.shareChange()));
                    entry.put("sentimentChange", InsightReportJson.round(theme.sentimentChange()));
                    entry.put("emerging", theme.emerging());
                }
            }
        }
        return array;
    }
}
