package io.journeyboard.render.canvas;

import io.journeyboard.render.RenderAbandonedException;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A drawing that stops, with {@link RenderAbandonedException}, once {@code abandoned} says nobody
 * wants it any more. It asks every {@value #CALLS_PER_CHECK} drawing calls, so the cost of asking
 * stays small and a large map stops within a fraction of a second.
 */
public final class WatchedDrawing implements Drawing {

    static final int CALLS_PER_CHECK = 256;

    private final Drawing drawing;
    private final BooleanSupplier abandoned;

    public WatchedDrawing(Drawing drawing, BooleanSupplier abandoned) {
        this.drawing = drawing;
        this.abandoned = abandoned;
    }

    @Override
    public String title() {
        return drawing.title();
    }

    @Override
    public double width() {
        return drawing.width();
    }

    @Override
    public double height() {
        return drawing.height();
    }

    @Override
    public Optional<PageSplits> pageSplits() {
        return drawing.pageSplits();
    }

    @Override
    public void paint(Canvas canvas) {
        if (abandoned.getAsBoolean()) {
            throw new RenderAbandonedException();
        }
        drawing.paint(new Watched(canvas));
    }

    /** Passes every call on, asking between them whether to go on. */
    private final class Watched implements Canvas {
        private final Canvas canvas;
        private int calls;

        Watched(Canvas canvas) {
            this.canvas = canvas;
        }

        private void tick() {
            if (++calls % CALLS_PER_CHECK == 0 && abandoned.getAsBoolean()) {
                throw new RenderAbandonedException();
            }
        }

        @Override
        public void fill(PathData path, Rgb color) {
            tick();
            canvas.fill(path, color);
        }

        @Override
        public void stroke(PathData path, Stroke stroke) {
            tick();
            canvas.stroke(path, stroke);
        }

        @Override
        public void text(String text, double x, double baseline, TextStyle style) {
            tick();
            canvas.text(text, x, baseline, style);
        }

        @Override
        public void save() {
            canvas.save();
        }

        @Override
        public void restore() {
            canvas.restore();
        }

        @Override
        public void translate(double dx, double dy) {
            canvas.translate(dx, dy);
        }

        @Override
        public void scale(double factor) {
            canvas.scale(factor);
        }

        @Override
        public void clip(double x, double y, double width, double height) {
            canvas.clip(x, y, width, height);
        }
    }
}
