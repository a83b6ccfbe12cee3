/**
 * Themes and sentiment over time and along the journey: {@link io.journeyboard.insights.trends.ThemeTrends}
 * groups a report's items by {@link io.journeyboard.insights.trends.Period} and by stage or step into
 * {@link io.journeyboard.insights.trends.GroupTrend}s, each theme's {@link io.journeyboard.insights.trends.ThemeCount}
 * with its change against the previous period and a flag for newly emerging themes. Reads only the finished
 * report; the report writers put it into the JSON.
 */
package io.journeyboard.insights.trends;
