/**
 * Feedback insights: {@link io.journeyboard.insights.FeedbackAnalysis} embeds every feedback item, scores its
 * sentiment, groups the items into named themes, places the themes on a journey map and suggests cards, all under
 * {@link io.journeyboard.insights.InsightOptions}. The steps live in the sub-packages (feedback import, embedding,
 * sentiment, themes, placement, suggestions, report). The module depends on the journey model but not on the analytics
 * engine, the server or the CLI, and the same items and seed always give the same report.
 */
package io.journeyboard.insights;
