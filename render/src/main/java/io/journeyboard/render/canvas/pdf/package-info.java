/**
 * Vector PDF output: {@link io.journeyboard.render.canvas.pdf.PdfWriter} writes a drawing with selectable text and
 * embedded font subsets ({@code PdfFonts}) through {@code PdfCanvas}, either on one page of its own size or tiled over
 * paper by {@code PageTiling}, as the {@link io.journeyboard.render.canvas.pdf.PageFormat} says.
 */
package io.journeyboard.render.canvas.pdf;
