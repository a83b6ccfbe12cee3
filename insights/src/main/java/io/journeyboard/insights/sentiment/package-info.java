/**
 * Sentiment scores from −1 to 1: {@link io.journeyboard.insights.sentiment.SentimentAnalyser} applies a
 * {@link io.journeyboard.insights.sentiment.SentimentMethod}, either the VADER-style
 * {@link io.journeyboard.insights.sentiment.LexiconSentiment} over the shipped
 * {@link io.journeyboard.insights.sentiment.SentimentLexicon}, the embedding-based
 * {@link io.journeyboard.insights.sentiment.AnchorSentiment}, or both combined, giving a
 * {@link io.journeyboard.insights.sentiment.SentimentScore}.
 * {@link io.journeyboard.insights.sentiment.SentimentEvaluation} measures each method's accuracy on
 * {@link io.journeyboard.insights.sentiment.LabelledText}s, which is where the figures in {@code docs/insights.md}
 * come from.
 */
package io.journeyboard.insights.sentiment;
