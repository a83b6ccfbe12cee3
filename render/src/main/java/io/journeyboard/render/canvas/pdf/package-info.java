/**
 * Vector PDF output: {@link io.journeyboard.render.canvas.pdf.PdfWriter} writes a drawing with selectable text and
 * embedded font subsets ({@code PdfFonts}) through {@code PdfCanvas}, either on one page of its own size or tiled over
 * paper by {@code PageTiling}, as the {@link io.journeyboard.render.canvas.pdf.PageFormat} says. When tiled, text
 * keeps its size: a cover page holds the title block and legend, then the grid follows in tiles.
 */
package io.journeyboard.render.canvas.pdf;
