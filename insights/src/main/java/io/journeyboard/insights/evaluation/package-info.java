/**
 * Measuring the analysis against known answers: {@link io.journeyboard.insights.evaluation.InsightsEvaluation}
 * runs it on a {@link io.journeyboard.insights.evaluation.LabelledTable} and scores sentiment
 * ({@link io.journeyboard.insights.evaluation.SentimentAgreement}: per-class F1, macro-F1, accuracy) or themes
 * against annotated reasons ({@link io.journeyboard.insights.evaluation.ClusterAgreement}: normalized mutual
 * information). {@link io.journeyboard.insights.evaluation.TweetStyle} rewrites clean sentences as noisy social
 * posts, a stand-in for annotated complaint tweets. Used by {@code journeyboard insights-eval} and the tests'
 * quality floors; nothing in the analysis depends on it.
 */
package io.journeyboard.insights.evaluation;
