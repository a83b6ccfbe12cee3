/**
 * Feedback insights from the command line: {@link io.journeyboard.cli.insights.InsightsCommand} runs the insights
 * module's analysis on a feedback file (sentiment, themes, placement on a map, suggestions, optionally accepted into
 * the map), and {@link io.journeyboard.cli.insights.SentimentEvalCommand} measures each sentiment method on labelled
 * sentences. The analysis is the insights module's; these commands only read options and print or write its report.
 */
package io.journeyboard.cli.insights;
