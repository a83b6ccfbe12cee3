/**
 * The drawing surface every layout paints on: {@link io.journeyboard.render.canvas.Canvas}, implemented for SVG,
 * Java2D (PNG) and PDF, so a {@link io.journeyboard.render.canvas.Drawing} is laid out once and looks the same in
 * each. It holds the shared primitives ({@link io.journeyboard.render.canvas.PathData},
 * {@link io.journeyboard.render.canvas.Rgb}, {@link io.journeyboard.render.canvas.Stroke},
 * {@link io.journeyboard.render.canvas.TextStyle}) and {@link io.journeyboard.render.canvas.CullingCanvas} and
 * {@link io.journeyboard.render.canvas.PageSplits} for drawings cut into pages. Nothing here knows journeys or
 * personas.
 */
package io.journeyboard.render.canvas;
