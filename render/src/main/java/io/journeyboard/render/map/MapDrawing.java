package io.journeyboard.render.map;

import io.journeyboard.model.journey.EmotionPoint;
import io.journeyboard.model.journey.LaneKind;
import io.journeyboard.render.canvas.Canvas;
import io.journeyboard.render.canvas.Drawing;
import io.journeyboard.render.canvas.PageSplits;
import io.journeyboard.render.canvas.PathData;
import io.journeyboard.render.canvas.Rgb;
import io.journeyboard.render.canvas.Stroke;
import io.journeyboard.render.text.LineBreaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A journey map laid out and ready to paint: header, grid with cards and emotion curves, legend. */
public final class MapDrawing implements Drawing {

    static final double MARGIN = 36;
    private static final double SECTION_GAP = 22;

    private final String title;
    private final LineBreaker breaker;
    private final HeaderBlock header;
    private final MapGrid grid;
    private final LegendBlock legend;
    private final List<EmotionPoint> emotions;
    private final List<PersonaChip> personas;
    private final double width;
    private final double height;

    MapDrawing(
            String title,
            LineBreaker breaker,
            HeaderBlock header,
            MapGrid grid,
            LegendBlock legend,
            List<EmotionPoint> emotions,
            List<PersonaChip> personas) {
        this.title = title;
        this.breaker = breaker;
        this.header = header;
        this.grid = grid;
        this.legend = legend;
        this.emotions = List.copyOf(emotions);
        this.personas = List.copyOf(personas);
        this.width = Math.max(grid.right(), MARGIN + Math.min(HeaderBlock.MAX_WIDTH, LegendBlock.MAX_WIDTH)) + MARGIN;
        this.height = grid.bottom() + SECTION_GAP + legend.height() + MARGIN;
    }

    /** Where the grid starts below the header; the layout needs it before the grid exists. */
    static double gridTop(HeaderBlock header) {
        return MARGIN + header.height() + SECTION_GAP;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public Optional<PageSplits> pageSplits() {
        List<Double> columnBreaks = new ArrayList<>();
        grid.columns().forEach(column -> columnBreaks.add(column.x() + column.width()));
        List<Double> rowBreaks = new ArrayList<>();
        grid.rows().forEach(row -> rowBreaks.add(row.y() + row.height()));
        return Optional.of(new PageSplits(
                grid.top() - 1, grid.headerBottom(), grid.bottom() + 1, grid.gridLeft(), columnBreaks, rowBreaks));
    }

    @Override
    public void paint(Canvas canvas) {
        canvas.fill(PathData.rect(0, 0, width, height), Rgb.WHITE);
        header.paint(canvas, MARGIN, MARGIN);
        paintHeaders(canvas);
        CardPainter cards = new CardPainter(breaker.fonts());
        for (MapGrid.Row row : grid.rows()) {
            paintRow(canvas, row);
            for (MapGrid.PlacedCard card : row.cards()) {
                cards.paint(canvas, card.view(), card.x(), card.y());
            }
            if (row.lane().kind() == LaneKind.EMOTION) {
                new EmotionCurve(breaker.fonts()).paint(canvas, grid, row, emotions, personas);
                paintCurveKey(canvas, row);
            }
        }
        paintStageRules(canvas);
        legend.paint(canvas, MARGIN, grid.bottom() + SECTION_GAP);
    }

    private void paintHeaders(Canvas canvas) {
        double top = grid.top();
        for (MapGrid.StageBand band : grid.stages()) {
            canvas.fill(
                    PathData.rect(band.x(), top, band.width(), grid.stageBandHeight()),
                    band.index() % 2 == 0 ? Palette.STAGE : Palette.STAGE_ALTERNATE);
            if (!band.nameLines().isEmpty()) {
                canvas.text(
                        band.nameLines().getFirst(), band.x() + GridLayout.CELL_PADDING + 2, top + 19.5, MapText.STAGE);
            }
        }
        double stepTop = top + grid.stageBandHeight();
        canvas.fill(
                PathData.rect(grid.gridLeft(), stepTop, grid.right() - grid.gridLeft(), grid.stepHeaderHeight()),
                Palette.HEADER_BACKGROUND);
        for (MapGrid.Column column : grid.columns()) {
            double y = stepTop + GridLayout.CELL_PADDING + MapText.STEP.size();
            for (String line : column.nameLines()) {
                canvas.text(line, column.x() + GridLayout.CELL_PADDING + 2, y, MapText.STEP);
                y += MapText.STEP_LEADING;
            }
            canvas.stroke(
                    PathData.line(
                            column.x() + column.width(), stepTop, column.x() + column.width(), grid.headerBottom()),
                    Stroke.solid(Palette.RULE, 0.7));
        }
    }

    private void paintRow(Canvas canvas, MapGrid.Row row) {
        Rgb accent = Palette.lane(row.lane().kind());
        double left = grid.left();
        canvas.fill(PathData.rect(left, row.y(), grid.labelWidth(), row.height()), accent.tint(0.86));
        canvas.fill(PathData.rect(left, row.y(), 4, row.height()), accent);
        canvas.fill(
                PathData.rect(grid.gridLeft(), row.y(), grid.right() - grid.gridLeft(), row.height()),
                row.lane().kind() == LaneKind.EMOTION ? Rgb.WHITE : accent.tint(0.95));
        double y = row.y() + GridLayout.CELL_PADDING + MapText.LANE.size() + 2;
        for (String line : row.titleLines()) {
            canvas.text(line, left + 14, y, MapText.LANE);
            y += MapText.LANE_LEADING;
        }
        for (MapGrid.Column column : grid.columns()) {
            double x = column.x() + column.width();
            canvas.stroke(PathData.line(x, row.y(), x, row.y() + row.height()), Stroke.solid(Rgb.WHITE, 1.2));
        }
        if (row.spanCaption() != null) {
            canvas.text(
                    "ACROSS THE JOURNEY",
                    grid.gridLeft() + GridLayout.CELL_PADDING,
                    row.spanCaption(),
                    MapText.LEGEND_HEADING.withColor(accent));
        }
        canvas.stroke(
                PathData.line(left, row.y() + row.height(), grid.right(), row.y() + row.height()),
                Stroke.solid(Rgb.WHITE, 2));
    }

    /** Which curve is whose, under the emotion lane's title, so every page of a tiled map can be read alone. */
    private void paintCurveKey(Canvas canvas, MapGrid.Row row) {
        double x = grid.left() + 14;
        double y = row.y()
                + GridLayout.CELL_PADDING
                + MapText.LANE.size()
                + 2
                + row.titleLines().size() * MapText.LANE_LEADING
                + 4;
        double maxWidth = grid.labelWidth() - 14 - 40;
        for (PersonaChip persona : personas) {
            if (y > row.y() + row.height() - 6) {
                break;
            }
            canvas.stroke(PathData.line(x, y - 3, x + 12, y - 3), Stroke.solid(persona.color(), 2.2));
            String name = breaker.fitOneLine(persona.persona().name(), MapText.CURVE_KEY.size(), false, maxWidth - 16);
            canvas.text(name, x + 16, y, MapText.CURVE_KEY);
            y += 13;
        }
    }

    private void paintStageRules(Canvas canvas) {
        for (MapGrid.StageBand band : grid.stages()) {
            double x = band.x();
            canvas.stroke(PathData.line(x, grid.top(), x, grid.bottom()), Stroke.solid(Palette.STAGE.tint(0.55), 0.9));
        }
        canvas.stroke(
                PathData.line(grid.right(), grid.top(), grid.right(), grid.bottom()),
                Stroke.solid(Palette.STAGE.tint(0.55), 0.9));
    }
}
