/**
 * One journey map: {@link io.journeyboard.model.journey.Journey} with its {@link io.journeyboard.model.journey.Stage}s
 * and {@link io.journeyboard.model.journey.Step}s (columns), {@link io.journeyboard.model.journey.Lane}s (rows, by
 * {@link io.journeyboard.model.journey.LaneKind}), the {@link io.journeyboard.model.journey.Card}s in their cells,
 * {@link io.journeyboard.model.journey.EmotionPoint}s, {@link io.journeyboard.model.journey.Metric}s and
 * {@link io.journeyboard.model.journey.JourneyLink}s. All are immutable records and enums; the cross-record rules (ids
 * that must exist, fields a lane allows) are checked in {@code validation}, not here.
 */
package io.journeyboard.model.journey;
