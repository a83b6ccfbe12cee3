/**
 * Stage funnels over the cases of a log: {@link io.journeyboard.analytics.funnel.FunnelAnalysis} counts, per stage,
 * the cases that reached it, the conversion and drop-off and the time it took, under a
 * {@link io.journeyboard.analytics.funnel.StageMapping} of {@link io.journeyboard.analytics.funnel.StageDefinition}s
 * and an {@link io.journeyboard.analytics.funnel.OrderMode}; {@code StageMatcher} finds when one case reached each
 * stage. {@link io.journeyboard.analytics.funnel.JourneyFunnel} is the one rule, for every front, that turns a journey
 * map's stage names into a stage mapping (or says why there is none), so the CLI and the server never decide it
 * themselves. Moments of truth and pain points build on the funnel's result rather than matching stages again.
 */
package io.journeyboard.analytics.funnel;
