package io.journeyboard.insights.report;

import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.sentiment.SentimentScore;

/** One feedback item with its sentiment and the id of the theme it belongs to. */
public record AnalysedItem(FeedbackItem item, SentimentScore sentiment, String themeId) {}
