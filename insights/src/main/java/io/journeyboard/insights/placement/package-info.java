/**
 * Where themes go on a journey map: {@link io.journeyboard.insights.placement.ThemePlacer} places a theme by its
 * items' stage column when at least half of them name one stage, otherwise by embedding similarity to the
 * {@link io.journeyboard.insights.placement.MapTargets} (steps and touchpoint cards). The result is a
 * {@link io.journeyboard.insights.placement.Placement} with its
 * {@link io.journeyboard.insights.placement.PlacementBasis}; the map itself is only read.
 */
package io.journeyboard.insights.placement;
