package io.journeyboard.render.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.render.RenderAbandonedException;
import io.journeyboard.render.canvas.svg.SvgCanvas;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WatchedDrawingTest {

    private static final int SHAPES = 10_000;

    @Test
    void paintingStopsSoonAfterTheDrawingIsAbandoned() {
        AtomicInteger painted = new AtomicInteger();
        AtomicBoolean abandoned = new AtomicBoolean();
        Drawing many = new Shapes(() -> {
            if (painted.incrementAndGet() == 1_000) {
                abandoned.set(true);
            }
        });

        assertThatThrownBy(() -> new WatchedDrawing(many, abandoned::get).paint(new SvgCanvas(100, 100)))
                .isInstanceOf(RenderAbandonedException.class);
        assertThat(painted.get()).isBetween(1_000, 1_000 + WatchedDrawing.CALLS_PER_CHECK);
    }

    @Test
    void aDrawingNobodyAbandonsIsPaintedWhole() {
        AtomicInteger painted = new AtomicInteger();

        new WatchedDrawing(new Shapes(painted::incrementAndGet), () -> false).paint(new SvgCanvas(100, 100));

        assertThat(painted.get()).isEqualTo(SHAPES);
    }

    /** A drawing of many small squares, telling {@code onShape} of each. */
    private record Shapes(Runnable onShape) implements Drawing {

        @Override
        public String title() {
            return "shapes";
        }

        @Override
        public double width() {
            return 100;
        }

        @Override
        public double height() {
            return 100;
        }

        @Override
        public void paint(Canvas canvas) {
            for (int i = 0; i < SHAPES; i++) {
                canvas.fill(PathData.rect(i % 100, i / 100, 1, 1), Rgb.WHITE);
                onShape.run();
            }
        }
    }
}
