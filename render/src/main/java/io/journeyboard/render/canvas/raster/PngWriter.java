package io.journeyboard.render.canvas.raster;

import io.journeyboard.render.canvas.Drawing;
import io.journeyboard.render.text.FontSet;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;

/** Rasterises a drawing to PNG at a chosen scale (2 gives crisp images on high-density screens). */
public final class PngWriter {

    /** Larger images are refused before any memory is taken: about 200 MB of pixels. */
    public static final long MAX_PIXELS = 50_000_000L;

    private final FontSet fonts;

    public PngWriter(FontSet fonts) {
        this.fonts = fonts;
    }

    public BufferedImage image(Drawing drawing, double scale) {
        int width = (int) Math.ceil(drawing.width() * scale);
        int height = (int) Math.ceil(drawing.height() * scale);
        if ((long) width * height > MAX_PIXELS) {
            double largest = Math.floor(scale * Math.sqrt((double) MAX_PIXELS / ((long) width * height)) * 10) / 10;
            throw new IllegalArgumentException("a " + width + " × " + height + " PNG is too large (over "
                    + MAX_PIXELS / 1_000_000 + " million pixels); export with a scale of at most " + largest
                    + ", or as SVG or PDF, which stay sharp at any size");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            drawing.paint(new Graphics2DCanvas(g, fonts));
        } finally {
            g.dispose();
        }
        return image;
    }

    public void write(Drawing drawing, double scale, OutputStream out) throws IOException {
        ImageIO.write(image(drawing, scale), "png", out);
    }
}
