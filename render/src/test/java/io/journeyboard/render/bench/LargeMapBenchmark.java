package io.journeyboard.render.bench;

import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.render.ExportFormat;
import io.journeyboard.render.MapRenderer;
import io.journeyboard.render.RenderOptions;
import io.journeyboard.render.canvas.pdf.PageFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Times the export of {@link LargeMap} (15 stages, 12 lanes, 400 cards) to SVG, PNG and PDF and
 * prints the median and fastest of several runs after a warm-up. Run it as docs/export.md says;
 * it is not a test, and the machine's other load shows in its figures.
 */
public final class LargeMapBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 7;

    private LargeMapBenchmark() {}

    public static void main(String[] args) throws IOException {
        Workspace workspace = LargeMap.workspace();
        MapRenderer renderer = new MapRenderer();
        RenderOptions options = RenderOptions.defaults();
        Map<String, Object[]> cases = new LinkedHashMap<>();
        cases.put("SVG", new Object[] {ExportFormat.SVG, options});
        cases.put("PNG scale 1", new Object[] {ExportFormat.PNG, options});
        cases.put("PNG scale 0.5", new Object[] {ExportFormat.PNG, options.withScale(0.5)});
        cases.put("PDF one page", new Object[] {ExportFormat.PDF, options});
        cases.put("PDF A3 tiles", new Object[] {ExportFormat.PDF, options.withPage(PageFormat.A3)});
        cases.put("XLSX", new Object[] {ExportFormat.XLSX, options});
        System.out.printf(
                Locale.ROOT,
                "Large map: %d stages, %d steps, 12 lanes, %d cards; %d runs after %d warm-up%n",
                LargeMap.STAGES,
                LargeMap.STAGES * LargeMap.STEPS_PER_STAGE,
                LargeMap.CARDS,
                RUNS,
                WARM_UP);
        System.out.printf(Locale.ROOT, "%-14s %10s %10s %12s%n", "export", "median ms", "best ms", "size KB");
        for (Map.Entry<String, Object[]> entry : cases.entrySet()) {
            ExportFormat format = (ExportFormat) entry.getValue()[0];
            RenderOptions caseOptions = (RenderOptions) entry.getValue()[1];
            long[] times = new long[RUNS];
            int size = 0;
            for (int run = -WARM_UP; run < RUNS; run++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                long start = System.nanoTime();
                renderer.render(workspace, null, format, caseOptions, out);
                long elapsed = System.nanoTime() - start;
                if (run >= 0) {
                    times[run] = elapsed;
                    size = out.size();
                }
            }
            Arrays.sort(times);
            System.out.printf(
                    Locale.ROOT,
                    "%-14s %10.1f %10.1f %12d%n",
                    entry.getKey(),
                    times[RUNS / 2] / 1e6,
                    times[0] / 1e6,
                    size / 1024);
        }
    }
}
