/**
 * The journey analytics engine over event logs: the columnar log and its readers in {@code log}, one package per
 * analysis (funnel, transitions, variants, touchpoints, moments of truth, pain points, summary), and {@code report},
 * which runs them all. This root package holds only {@link io.journeyboard.analytics.Distribution}, the percentile
 * summary several analyses share. The engine does not depend on the journey model, a server or a terminal; a front
 * turns a journey into a stage mapping and phrases the messages for its users.
 */
package io.journeyboard.analytics;
