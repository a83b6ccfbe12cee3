/**
 * An analytics report as one picture: {@link io.journeyboard.render.analytics.AnalyticsPoster} lays out the funnel,
 * top transitions, variants and pain points of an {@code AnalyticsReport} as a drawing, painted like a map on any
 * canvas.
 */
package io.journeyboard.render.analytics;
