package io.journeyboard.render.canvas;

import java.util.Optional;

/** Something laid out and ready to paint on any {@link Canvas}: a map or a persona sheet. */
public interface Drawing {

    /** The title a document carries (the SVG title, the PDF's metadata). */
    String title();

    double width();

    double height();

    void paint(Canvas canvas);

    /** How the drawing may be split over several pages; empty when it should be scaled onto one. */
    default Optional<PageSplits> pageSplits() {
        return Optional.empty();
    }
}
