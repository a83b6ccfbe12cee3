/**
 * Feedback analysis timed phase by phase: {@link io.journeyboard.bench.insights.InsightsBenchmark} runs embeddings,
 * sentiment and themes on a large, reproducible set of items drawn from the real yelp sentences by
 * {@code SyntheticFeedback}. It also embeds the same texts with the peer it replaces (langchain4j's own in-process
 * model, one text per run) and prints the ratio; it is a program, not a test.
 */
package io.journeyboard.bench.insights;
