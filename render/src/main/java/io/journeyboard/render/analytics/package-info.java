/**
 * An analytics report as one picture: {@link io.journeyboard.render.analytics.AnalyticsPoster} lays out the funnel,
 * top transitions, variants and pain points of an {@code AnalyticsReport} as a drawing, painted like a map on any
 * canvas. Sections without data (no funnel asked for, no pain points) are left out, and it takes its colours from the
 * map's {@code Palette}, so the two look alike.
 */
package io.journeyboard.render.analytics;
