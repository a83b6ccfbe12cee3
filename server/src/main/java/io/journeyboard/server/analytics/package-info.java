/**
 * Journey analytics in the server: {@link io.journeyboard.server.analytics.AnalyticsRoutes} runs the analytics engine
 * on an uploaded event log against one journey, with the journey's stages as the funnel, and answers with the same
 * report (JSON, or a picture through the render module) that {@code journeyboard analyze} writes. The analysis itself
 * is the analytics module's; this package only reads the upload, picks the journey and turns bad input into a problem
 * answer.
 */
package io.journeyboard.server.analytics;
