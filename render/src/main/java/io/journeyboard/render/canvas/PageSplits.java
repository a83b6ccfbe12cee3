package io.journeyboard.render.canvas;

import java.util.List;

/**
 * How a large drawing is cut into pages. Above {@code titleBottom} is the title block and below
 * {@code gridBottom} the legend: together they make a cover page. The grid between is cut at
 * {@code columnBreaks} and {@code rowBreaks} (x and y positions between columns and lanes); every
 * grid page repeats the band left of {@code frozenRight} (lane titles) and the band from
 * {@code titleBottom} to {@code headerBottom} (stage and step headers), so each page reads alone.
 */
public record PageSplits(
        double titleBottom,
        double headerBottom,
        double gridBottom,
        double frozenRight,
        List<Double> columnBreaks,
        List<Double> rowBreaks) {

    public PageSplits {
        columnBreaks = List.copyOf(columnBreaks);
        rowBreaks = List.copyOf(rowBreaks);
    }
}
