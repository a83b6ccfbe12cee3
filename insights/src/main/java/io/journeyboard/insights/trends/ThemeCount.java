package io.journeyboard.insights.trends;

/**
 * One theme within a group of items (a period, a stage or step).
 *
 * @param share           the theme's items over the group's items
 * @param shareChange     the share minus the share in the previous period (0 for the first period and for stages)
 * @param sentimentChange the mean sentiment minus that in the previous period, or 0 when it had none there
 * @param emerging        new or suddenly larger in this period: see {@link ThemeTrends}
 */
public record ThemeCount(
        String themeId,
        int items,
        double share,
        double sentiment,
        double shareChange,
        double sentimentChange,
        boolean emerging) {}
