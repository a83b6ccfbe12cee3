/**
 * Volume, time spent, rework and scores per stage, per touchpoint (activity) and per channel:
 * {@link io.journeyboard.analytics.touchpoints.TouchpointAnalysis}, one
 * {@link io.journeyboard.analytics.touchpoints.GroupStats} per group. An event's stage comes from the funnel's stage
 * mapping when there is one, else from the log's stage column.
 */
package io.journeyboard.analytics.touchpoints;
