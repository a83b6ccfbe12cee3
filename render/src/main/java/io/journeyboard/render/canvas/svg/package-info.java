/**
 * SVG output: {@link io.journeyboard.render.canvas.svg.SvgCanvas} draws to an SVG 1.1 document in which text stays
 * text, and {@code XmlText} escapes user text so that no map content can break or inject markup. Text is set in
 * Liberation Sans with Arial-compatible fallbacks, so the line breaks computed with Liberation's metrics hold in
 * browsers.
 */
package io.journeyboard.render.canvas.svg;
