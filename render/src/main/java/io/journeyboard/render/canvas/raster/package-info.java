/**
 * PNG output: {@link io.journeyboard.render.canvas.raster.PngWriter} rasterises a drawing at a chosen scale through
 * {@link io.journeyboard.render.canvas.raster.Graphics2DCanvas}, which draws text with the same fonts and advances as
 * the vector formats so that layouts match. PNG is the only raster format; SVG and PDF stay vector.
 */
package io.journeyboard.render.canvas.raster;
