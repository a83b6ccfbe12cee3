/**
 * The size and shape of a log: {@link io.journeyboard.analytics.summary.LogSummary} gives its events, cases,
 * activities, channels, variants, time span and the distribution of case lengths and durations. It needs no funnel or
 * stage mapping, and counts no channels when the log maps no channel column.
 */
package io.journeyboard.analytics.summary;
