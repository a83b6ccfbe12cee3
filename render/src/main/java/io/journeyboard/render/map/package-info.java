/**
 * The journey map as a drawing: {@link io.journeyboard.render.map.MapLayout} lays one journey out into a
 * {@link io.journeyboard.render.map.MapDrawing} (header, grid of stages, steps and lanes, cards, emotion curves,
 * legend) in points, computed once and then painted unchanged on any canvas. The type scale, colours and glyphs
 * ({@code MapText}, {@link io.journeyboard.render.map.Palette}, {@link io.journeyboard.render.map.ChannelGlyphs}) are
 * shared with the persona sheet and the analytics poster.
 */
package io.journeyboard.render.map;
