/**
 * Pain points flagged from the other analyses: {@link io.journeyboard.analytics.painpoints.PainPointDetection} looks
 * for stages that lose many cases, touchpoints redone often, slow transitions and poorly scored touchpoints, and ranks
 * the {@link io.journeyboard.analytics.painpoints.PainPoint}s it finds by the cases they touch. It works on analysis
 * results, not on the log itself.
 */
package io.journeyboard.analytics.painpoints;
