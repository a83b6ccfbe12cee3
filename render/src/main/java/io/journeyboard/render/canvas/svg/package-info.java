/**
 * SVG output: {@link io.journeyboard.render.canvas.svg.SvgCanvas} draws to an SVG 1.1 document in which text stays
 * text, and {@code XmlText} escapes user text so that no map content can break or inject markup.
 */
package io.journeyboard.render.canvas.svg;
