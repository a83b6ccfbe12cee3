/**
 * Moments of truth: {@link io.journeyboard.analytics.moments.MomentsOfTruth} ranks touchpoints by how much their
 * presence in a case changes its chance of reaching the funnel's last required stage, each found as a
 * {@link io.journeyboard.analytics.moments.MomentOfTruth}. It needs a funnel and reads the log; it draws no
 * conclusions beyond the figures.
 */
package io.journeyboard.analytics.moments;
