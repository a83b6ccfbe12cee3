/**
 * The journey analytics engine over event logs: the columnar log and its readers in {@code log}, one package per
 * analysis (funnel, transitions, variants, touchpoints, moments of truth, pain points, summary), and {@code report},
 * which runs them all. This root package holds only {@link io.journeyboard.analytics.Distribution}, the percentile
 * summary several analyses share. The engine depends on no other Journeyboard module, not even the journey model: a
 * front passes each stage's step names to {@code funnel.JourneyFunnel}, which makes the stage mapping.
 */
package io.journeyboard.analytics;
