package io.journeyboard.analytics.report;

import io.journeyboard.analytics.Distribution;
import io.journeyboard.analytics.funnel.FunnelAnalysis;
import io.journeyboard.analytics.moments.MomentOfTruth;
import io.journeyboard.analytics.painpoints.PainPoint;
import io.journeyboard.analytics.summary.LogSummary;
import io.journeyboard.analytics.touchpoints.GroupStats;
import io.journeyboard.analytics.transitions.TransitionGraph;
import io.journeyboard.analytics.variants.PathAnalysis;
import io.journeyboard.analytics.variants.VariantAnalysis;
import io.journeyboard.problems.Setting;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** A readable terminal summary of an {@link AnalyticsReport}: the top of each list, durations in human units. */
public final class AnalyticsReportText {

    private static final int ROWS = 10;

    private AnalyticsReportText() {}

    /** Writes the summary; control characters in the log's names are shown escaped, never sent to the terminal. */
    public static void write(AnalyticsReport report, PrintWriter terminal) {
        PrintWriter out = new PrintWriter(new TerminalSafeWriter(terminal));
        writeSafely(report, out);
        out.flush();
    }

    private static void writeSafely(AnalyticsReport report, PrintWriter out) {
        LogSummary s = report.summary();
        out.printf(
                Locale.ROOT,
                "%s (%s)%n",
                report.ingest().file(),
                report.ingest().format());
        out.printf(
                Locale.ROOT,
                "  columns: %s%s%n",
                report.ingest().columns(),
                report.ingest().detected().isEmpty()
                        ? ""
                        : " (detected: " + String.join(", ", report.ingest().detected()) + ")");
        if (report.ingest().skippedRows() > 0) {
            out.printf(
                    Locale.ROOT,
                    "  skipped %,d bad rows, first: %s%n",
                    report.ingest().skippedRows(),
                    report.ingest().firstProblems().get(0).describe(Setting.Wording.NEUTRAL));
        }
        out.printf(
                Locale.ROOT,
                "%nSummary%n  %,d events, %,d cases, %d activities, %d channels, %,d variants%n",
                s.events(),
                s.cases(),
                s.activities(),
                s.channels(),
                s.variants());
        out.printf(Locale.ROOT, "  from %s to %s (%s)%n", s.firstEvent(), s.lastEvent(), duration(s.spanSeconds()));
        out.printf(
                Locale.ROOT,
                "  case length   min %.0f  median %.1f  p90 %.1f  max %.0f events%n",
                s.caseLength().min(),
                s.caseLength().median(),
                s.caseLength().p90(),
                s.caseLength().max());
        Distribution d = s.caseDurationSeconds();
        out.printf(
                Locale.ROOT,
                "  case duration min %s  median %s  p90 %s  max %s%n",
                duration(d.min()),
                duration(d.median()),
                duration(d.p90()),
                duration(d.max()));

        out.printf(
                Locale.ROOT,
                "%nTransitions (%d edges, top %d)%n",
                report.transitions().size(),
                ROWS);
        for (TransitionGraph.Edge e : top(report.transitions())) {
            out.printf(
                    Locale.ROOT,
                    "  %-30s → %-30s %,9d  in %,8d cases  mean %s  median %s%n",
                    e.from(),
                    e.to(),
                    e.count(),
                    e.cases(),
                    duration(e.meanSeconds()),
                    duration(e.medianSeconds()));
        }
        VariantAnalysis v = report.variants();
        out.printf(Locale.ROOT, "%nVariants (%,d over %,d cases)%n", v.variantCount(), v.casesConsidered());
        for (VariantAnalysis.Variant variant : v.top()) {
            out.printf(
                    Locale.ROOT,
                    "  %6.2f%% %,8d  %s%n",
                    100 * variant.share(),
                    variant.cases(),
                    String.join(" → ", variant.activities()));
        }
        if (report.paths() != null) {
            paths(report.paths(), out);
        }
        if (report.funnel() != null) {
            out.printf(
                    Locale.ROOT,
                    "%nFunnel (%s%s)%n",
                    report.funnel().order().name().toLowerCase(Locale.ROOT),
                    report.funnel().windowSeconds() > 0
                            ? ", within " + duration(report.funnel().windowSeconds())
                            : "");
            for (FunnelAnalysis.Step step : report.funnel().steps()) {
                out.printf(
                        Locale.ROOT,
                        "  %-28s %,8d  %6.1f%% of previous  %6.1f%% of start  -%,d  median %s%n",
                        step.stage() + (step.optional() ? " (optional)" : ""),
                        step.cases(),
                        100 * step.conversionFromPrevious(),
                        100 * step.conversionFromStart(),
                        step.dropOff(),
                        duration(step.medianSecondsToConvert()));
            }
        }
        groups("Stages", report.stages(), out);
        groups("Touchpoints", report.touchpoints(), out);
        groups("Channels", report.channels(), out);
        out.printf(Locale.ROOT, "%nPain points (%d)%n", report.painPoints().size());
        for (PainPoint p : top(report.painPoints())) {
            out.printf(
                    Locale.ROOT, "  %-14s %-50s %,8d cases  %s%n", p.kind(), p.subject(), p.casesAffected(), p.why());
        }
        if (report.funnel() != null) {
            out.printf(Locale.ROOT, "%nMoments of truth (conversion with / without)%n");
            for (MomentOfTruth m : report.momentsOfTruth()) {
                out.printf(
                        Locale.ROOT,
                        "  %-40s %6.1f%% of %,d  vs %6.1f%% of %,d%n",
                        m.touchpoint(),
                        100 * m.conversionWith(),
                        m.casesWith(),
                        100 * m.conversionWithout(),
                        m.casesWithout());
            }
        }
        out.flush();
    }

    private static void paths(PathAnalysis paths, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%nPaths around %s (%,d cases, %s)%n",
                paths.activity(),
                paths.cases(),
                paths.length() == 0 ? "whole paths" : paths.length() + " steps");
        for (PathAnalysis.Path p : paths.before()) {
            out.printf(
                    Locale.ROOT,
                    "  before %6.2f%%  %s → [%s]%n",
                    100 * p.share(),
                    String.join(" → ", p.activities()),
                    paths.activity());
        }
        for (PathAnalysis.Path p : paths.after()) {
            out.printf(
                    Locale.ROOT,
                    "  after  %6.2f%%  [%s] → %s%n",
                    100 * p.share(),
                    paths.activity(),
                    String.join(" → ", p.activities()));
        }
    }

    private static void groups(String title, List<GroupStats> groups, PrintWriter out) {
        if (groups.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%n%s%n", title);
        for (GroupStats g : top(groups)) {
            out.printf(
                    Locale.ROOT,
                    "  %-36s %,9d events %,8d cases  median time %s  rework %5.1f%%%s%n",
                    g.name(),
                    g.events(),
                    g.cases(),
                    duration(g.medianSecondsSpent()),
                    100 * g.reworkRate(),
                    g.meanScore() == null
                            ? ""
                            : String.format(
                                    Locale.ROOT,
                                    "  score %.2f%s",
                                    g.meanScore(),
                                    g.nps() == null ? "" : String.format(Locale.ROOT, "  NPS %.0f", g.nps())));
        }
    }

    private static <T> List<T> top(List<T> list) {
        return list.subList(0, Math.min(ROWS, list.size()));
    }

    /** Seconds in the largest unit that keeps a readable number. */
    public static String duration(double seconds) {
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.1fs", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.1fm", seconds / 60);
        }
        if (seconds < 172_800) {
            return String.format(Locale.ROOT, "%.1fh", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.1fd", seconds / 86_400);
    }
}
