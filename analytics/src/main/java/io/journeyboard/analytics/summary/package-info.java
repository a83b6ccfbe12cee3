/**
 * The size and shape of a log: {@link io.journeyboard.analytics.summary.LogSummary} gives its events, cases,
 * activities, channels, variants, time span and the distribution of case lengths and durations.
 */
package io.journeyboard.analytics.summary;
