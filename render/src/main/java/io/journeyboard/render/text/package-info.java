/**
 * Fonts and line breaking shared by every format: {@link io.journeyboard.render.text.FontSet} is Liberation Sans
 * (shipped in the jar) with fallbacks found on the machine for other scripts, each a
 * {@link io.journeyboard.render.text.FontFace} from a {@link io.journeyboard.render.text.FontOrigin}, and
 * {@link io.journeyboard.render.text.LineBreaker} wraps text into {@link io.journeyboard.render.text.TextRun}s. Text
 * is measured the same way for SVG, PNG and PDF, so a map wraps identically in each.
 */
package io.journeyboard.render.text;
