/**
 * The measured lane of a living map: per bound step, the cases reaching it, its share of the journey's
 * entrants, conversion from the previous step, drop-off, median time to the next step and rework, with
 * sample case ids as evidence ({@link io.journeyboard.analytics.lane.MeasuredLane}); the same figures for
 * every front ({@link io.journeyboard.analytics.lane.LaneJson}). Definitions in docs/living-map.md.
 */
package io.journeyboard.analytics.lane;
